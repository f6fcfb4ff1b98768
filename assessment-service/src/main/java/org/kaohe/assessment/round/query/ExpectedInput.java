package org.kaohe.assessment.round.query;

/**
 * One input a unit's round needs: a score ({@code indicatorCode}, for the unit or a cadre, for the
 * year or a period), a political-quality rating or a democratic evaluation of a subject; and the
 * agency responsible for it.
 */
public record ExpectedInput(
    String kind, String indicatorCode, String cadreCode, String period, String agency) {
  public static final String SCORE = "SCORE";
  public static final String POLITICAL_RATING = "POLITICAL_RATING";
  public static final String DEMOCRATIC_EVALUATION = "DEMOCRATIC_EVALUATION";
}

package org.kaohe.assessment.reference;

import java.math.BigDecimal;

/**
 * A score as an agency submits it, before it is checked: {@code agency} is the token's claim;
 * {@code cadreCode} is null for the unit's own score, {@code period} null for an annual one.
 */
public record ScoreSubmission(
    String agency,
    String unitCode,
    int year,
    String indicatorCode,
    String cadreCode,
    String period,
    BigDecimal value) {

  /** A unit's annual score. */
  public ScoreSubmission(
      String agency, String unitCode, int year, String indicatorCode, BigDecimal value) {
    this(agency, unitCode, year, indicatorCode, null, null, value);
  }
}

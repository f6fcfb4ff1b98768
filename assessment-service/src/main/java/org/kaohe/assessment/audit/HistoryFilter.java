package org.kaohe.assessment.audit;

import java.time.Instant;

/**
 * Which changes of a round's history to show; a null criterion matches every change.
 *
 * @param indicatorCode matches only scores of that indicator
 * @param from inclusive
 * @param to exclusive
 */
public record HistoryFilter(String indicatorCode, String agency, Instant from, Instant to) {

  public static final HistoryFilter EVERYTHING = new HistoryFilter(null, null, null, null);

  public boolean matches(RecordedChange change) {
    return (indicatorCode == null || isScoreOf(indicatorCode, change))
        && (agency == null || agency.equals(change.agency()))
        && (from == null || !change.recordedAt().isBefore(from))
        && (to == null || change.recordedAt().isBefore(to));
  }

  private static boolean isScoreOf(String indicatorCode, RecordedChange change) {
    return change.input() instanceof ScoreChange score
        && indicatorCode.equals(score.indicatorCode());
  }
}

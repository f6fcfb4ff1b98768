package org.kaohe.assessment.audit;

import java.time.Instant;
import java.util.Set;
import org.kaohe.assessment.round.domain.InputKind;

/**
 * Which changes of a round's history to show; a null criterion, or no kinds, matches every change.
 *
 * @param indicatorCode matches only scores of that indicator
 * @param from inclusive
 * @param to exclusive
 */
public record HistoryFilter(
    String indicatorCode, String agency, Instant from, Instant to, Set<InputKind> kinds) {

  public static final HistoryFilter EVERYTHING = new HistoryFilter(null, null, null, null);

  public HistoryFilter {
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
  }

  /** Changes of every kind. */
  public HistoryFilter(String indicatorCode, String agency, Instant from, Instant to) {
    this(indicatorCode, agency, from, to, Set.of());
  }

  /** The same criteria, for changes of these kinds only (every kind when empty). */
  public HistoryFilter ofKinds(Set<InputKind> onlyKinds) {
    return new HistoryFilter(indicatorCode, agency, from, to, onlyKinds);
  }

  public boolean matches(RecordedChange change) {
    return (kinds.isEmpty() || kinds.contains(change.kind()))
        && (indicatorCode == null || isScoreOf(indicatorCode, change))
        && (agency == null || agency.equals(change.agency()))
        && (from == null || !change.recordedAt().isBefore(from))
        && (to == null || change.recordedAt().isBefore(to));
  }

  private static boolean isScoreOf(String indicatorCode, RecordedChange change) {
    return change.input() instanceof ScoreChange score
        && indicatorCode.equals(score.indicatorCode());
  }
}

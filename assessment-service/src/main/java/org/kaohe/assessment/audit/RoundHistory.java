package org.kaohe.assessment.audit;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every recorded score change of one round, oldest first. */
public final class RoundHistory {
  private final String roundId;
  private final List<RecordedChange> changes;

  public RoundHistory(String roundId, List<RecordedChange> changes) {
    this.roundId = roundId;
    this.changes =
        changes.stream().sorted(Comparator.comparingLong(RecordedChange::sequence)).toList();
  }

  public String roundId() {
    return roundId;
  }

  /**
   * @throws NoRecordedInputs when the round has no changes at all
   */
  public List<RecordedChange> matching(HistoryFilter filter) {
    requireRecorded();
    return changes.stream().filter(filter::matches).toList();
  }

  /**
   * Replays the changes up to and including {@code point}, so a correction replaces the score it
   * corrected.
   *
   * @throws NoRecordedInputs when the round has no changes at all, or none up to {@code point}
   */
  public RoundAsOf asOf(AsOf point) {
    requireRecorded();
    SortedMap<String, ScoreAsOf> scores = new TreeMap<>();
    long lastSequence = -1;
    for (RecordedChange change : changes) {
      if (point.includes(change)) {
        scores.put(change.scoreKey(), ScoreAsOf.setBy(change));
        lastSequence = change.sequence();
      }
    }
    if (scores.isEmpty()) {
      throw NoRecordedInputs.asOf(roundId, point);
    }
    return new RoundAsOf(roundId, point, lastSequence, Collections.unmodifiableSortedMap(scores));
  }

  private void requireRecorded() {
    if (changes.isEmpty()) {
      throw NoRecordedInputs.forRound(roundId);
    }
  }
}

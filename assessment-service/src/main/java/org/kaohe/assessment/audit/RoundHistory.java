package org.kaohe.assessment.audit;

import java.util.Comparator;
import java.util.List;

/** Every recorded change of one round's inputs, oldest first. */
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
   * Replays the changes up to and including {@code point}, so a correction replaces the input it
   * corrected.
   *
   * @throws NoRecordedInputs when the round has no changes at all, or none up to {@code point}
   */
  public RoundAsOf asOf(AsOf point) {
    requireRecorded();
    RoundReplay replay = new RoundReplay();
    changes.stream().filter(point::includes).forEach(replay::apply);
    if (replay.replayedNothing()) {
      throw NoRecordedInputs.asOf(roundId, point);
    }
    return replay.round(roundId, point);
  }

  private void requireRecorded() {
    if (changes.isEmpty()) {
      throw NoRecordedInputs.forRound(roundId);
    }
  }
}

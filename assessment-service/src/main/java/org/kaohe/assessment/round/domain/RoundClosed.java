package org.kaohe.assessment.round.domain;

import java.time.Instant;
import org.kaohe.events.ids.RoundId;

/**
 * A submission outside the round's window (before it opens, after its deadline) and not reopened.
 */
public final class RoundClosed extends RuntimeException {
  RoundClosed(String message) {
    super(message);
  }

  static RoundClosed notYetOpen(RoundId roundId, Instant opensAt) {
    return new RoundClosed("round " + roundId + " takes submissions from " + opensAt);
  }

  static RoundClosed afterDeadline(RoundId roundId, Instant closesAt) {
    return new RoundClosed(
        "round "
            + roundId
            + " closed at its deadline ("
            + closesAt
            + "); an administrator may reopen it for a correction, with a reason");
  }

  static RoundClosed reopeningExpired(RoundId roundId, Instant closesAt, Instant reopenedUntil) {
    return new RoundClosed(
        "round "
            + roundId
            + " closed at its deadline ("
            + closesAt
            + ") and its reopening ended at "
            + reopenedUntil);
  }
}

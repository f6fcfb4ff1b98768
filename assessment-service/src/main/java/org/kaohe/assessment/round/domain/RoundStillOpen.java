package org.kaohe.assessment.round.domain;

import java.time.Instant;
import org.kaohe.events.ids.RoundId;

/** Only a round past its deadline can be reopened. */
public final class RoundStillOpen extends RuntimeException {
  RoundStillOpen(RoundId roundId, Instant closesAt) {
    super("round " + roundId + " is still open until " + closesAt + "; there is nothing to reopen");
  }
}

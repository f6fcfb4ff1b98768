package org.kaohe.assessment.round.domain;

import java.time.Instant;

/** Only a round past its deadline can be reopened. */
public final class RoundStillOpen extends RuntimeException {
  RoundStillOpen(String roundId, Instant closesAt) {
    super("round " + roundId + " is still open until " + closesAt + "; there is nothing to reopen");
  }
}

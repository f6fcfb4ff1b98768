package org.kaohe.assessment.round.query;

import org.kaohe.events.ids.RoundId;

/** Nothing has been recorded for the round yet, so there is no round to show. */
public final class RoundNotRecorded extends RuntimeException {

  RoundNotRecorded(RoundId round) {
    super("no recorded inputs for round " + round);
  }
}

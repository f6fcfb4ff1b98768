package org.kaohe.assessment.round.domain;

import java.util.Map;
import java.util.TreeMap;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;

/** One rater group's ballots: how many were cast, chose each grade, marked the negative items. */
public record DemocraticTally(int ballots, Map<String, Integer> gradeCounts, int negativeVotes) {

  public DemocraticTally {
    gradeCounts = new TreeMap<>(gradeCounts);
    long graded = gradeCounts.values().stream().mapToLong(Integer::longValue).sum();
    if (ballots < 0 || negativeVotes < 0 || graded > ballots || negativeVotes > ballots) {
      throw new IllegalArgumentException(
          "a tally counts no more grades (" + graded + ") or negative votes than ballots");
    }
  }

  /** The tally a recorded evaluation holds. */
  public static DemocraticTally of(DemocraticEvaluationRecordedEvent event) {
    return new DemocraticTally(event.ballots(), event.gradeCounts(), event.negativeVotes());
  }
}

package org.kaohe.assessment.round.domain;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.RoundId;

/**
 * Several scores for one round at once, as a batch or a spreadsheet brings them: applied in order,
 * each under the same rules as a single score and each succeeding or refused on its own, in one
 * load of the round and one append. Every score names this round.
 */
public record RecordScoresCommand(@TargetAggregateIdentifier RoundId roundId, List<Item> scores) {

  public RecordScoresCommand {
    scores = List.copyOf(scores);
    if (scores.stream().anyMatch(item -> !item.score().roundId().equals(roundId))) {
      throw new IllegalArgumentException("every score of a round's batch names round " + roundId);
    }
  }

  /** One score and the client's id for it (a batch item's id, a spreadsheet row), or null. */
  public record Item(RecordScoreCommand score, String clientRequestId) {}
}

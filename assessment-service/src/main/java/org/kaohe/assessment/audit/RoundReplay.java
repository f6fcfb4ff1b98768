package org.kaohe.assessment.audit;

import static java.util.Collections.unmodifiableSortedMap;

import java.util.SortedMap;
import java.util.TreeMap;
import org.kaohe.assessment.round.domain.Finding;
import org.kaohe.assessment.round.domain.Subjects;

/**
 * Replays a round's changes in sequence order into the round they leave behind, by the rules the
 * round applies: a later score, rating, rater group's evaluation or reopening replaces the one of
 * the same key; an agency's finding id keeps what was first recorded under it (the round stores a
 * repetition of a finding as nothing, and refuses a different one), and another agency's equal id
 * is another finding.
 */
final class RoundReplay {
  private final SortedMap<String, ScoreAsOf> scores = new TreeMap<>();
  private final SortedMap<String, InputAsOf<RatingChange>> ratings = new TreeMap<>();
  private final SortedMap<String, InputAsOf<EvaluationChange>> evaluations = new TreeMap<>();
  private final SortedMap<String, InputAsOf<FindingChange>> findings = new TreeMap<>();
  private InputAsOf<ReopeningChange> reopened;
  private long lastSequence = -1;

  void apply(RecordedChange change) {
    RecordedInput input = change.input();
    if (input instanceof ScoreChange score) {
      scores.put(score.key().text(), ScoreAsOf.setBy(change, score));
    } else if (input instanceof RatingChange rating) {
      ratings.put(Subjects.key(rating.cadreCode()), InputAsOf.setBy(change, rating));
    } else if (input instanceof EvaluationChange evaluation) {
      evaluations.put(
          Subjects.evaluationKey(evaluation.cadreCode(), evaluation.raterGroup()),
          InputAsOf.setBy(change, evaluation));
    } else if (input instanceof FindingChange finding) {
      findings.putIfAbsent(
          Finding.key(change.agency(), finding.findingId()), InputAsOf.setBy(change, finding));
    } else if (input instanceof ReopeningChange reopening) {
      reopened = InputAsOf.setBy(change, reopening);
    }
    lastSequence = change.sequence();
  }

  boolean replayedNothing() {
    return lastSequence < 0;
  }

  RoundAsOf round(String roundId, AsOf point) {
    return new RoundAsOf(
        roundId,
        point,
        lastSequence,
        unmodifiableSortedMap(scores),
        unmodifiableSortedMap(ratings),
        unmodifiableSortedMap(evaluations),
        unmodifiableSortedMap(findings),
        reopened);
  }
}

package org.kaohe.assessment.round.domain;

/**
 * What became of one score of a {@link RecordScoresCommand}: its outcome, or the refusal that the
 * same score alone would have met.
 */
public record ScoreItemOutcome(ScoreOutcome outcome, RuntimeException refusal) {

  static ScoreItemOutcome of(ScoreOutcome outcome) {
    return new ScoreItemOutcome(outcome, null);
  }

  static ScoreItemOutcome refused(RuntimeException refusal) {
    return new ScoreItemOutcome(null, refusal);
  }
}

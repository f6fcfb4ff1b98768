package org.kaohe.assessment.round.application;

/**
 * One score of a round's batch: recorded (or unchanged), or refused as it alone would have been.
 */
public record ScoreResult(RecordedScore recorded, RuntimeException refusal) {

  static ScoreResult refused(RuntimeException refusal) {
    return new ScoreResult(null, refusal);
  }
}

package org.kaohe.assessment.audit;

/** The round has no recorded inputs at all, or none yet at the point asked for. */
public final class NoRecordedInputs extends RuntimeException {

  private NoRecordedInputs(String message) {
    super(message);
  }

  static NoRecordedInputs forRound(String roundId) {
    return new NoRecordedInputs("no recorded inputs for round " + roundId);
  }

  static NoRecordedInputs asOf(String roundId, AsOf point) {
    return new NoRecordedInputs("round " + roundId + " had no recorded inputs " + point.describe());
  }
}

package org.kaohe.assessment.round.domain;

/** A correction of a recorded score must say why; the audit trail keeps the reason. */
public final class CorrectionWithoutReason extends RuntimeException {
  CorrectionWithoutReason(ScoreKey key) {
    super("a correction of " + key.describe() + " needs a reason");
  }
}

package org.kaohe.assessment.audit;

import java.math.BigDecimal;
import java.time.Instant;

/** An indicator's score as it stood, and the change that set it. */
public record ScoreAsOf(
    BigDecimal value, String recordedBy, String agency, Instant recordedAt, long sequence) {

  static ScoreAsOf setBy(RecordedChange change, ScoreChange score) {
    return new ScoreAsOf(
        score.value(), change.principal(), change.agency(), change.recordedAt(), change.sequence());
  }
}

package org.kaohe.assessment.audit;

import java.math.BigDecimal;
import org.kaohe.assessment.round.domain.InputKind;
import org.kaohe.assessment.round.domain.ScoreKey;
import org.kaohe.events.assessment.ScoreRecordedEvent;

/**
 * A score was recorded: of an indicator, for the unit or a cadre, for the year or a period.
 *
 * @param previousValue the value it replaced, or null for the first score
 */
public record ScoreChange(
    String indicatorCode,
    String cadreCode,
    String period,
    BigDecimal previousValue,
    BigDecimal value)
    implements RecordedInput {

  static ScoreChange of(ScoreRecordedEvent event) {
    return new ScoreChange(
        event.indicatorCode().value(),
        event.isForUnit() ? null : event.cadreCode().value(),
        event.period(),
        event.previousValue(),
        event.value());
  }

  @Override
  public InputKind kind() {
    return InputKind.SCORE;
  }

  /** What the change is a score of, as the round keys it. */
  public ScoreKey key() {
    return ScoreKey.of(indicatorCode, cadreCode, period);
  }
}

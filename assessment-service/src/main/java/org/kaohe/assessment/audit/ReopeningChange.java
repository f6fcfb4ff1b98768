package org.kaohe.assessment.audit;

import java.time.Instant;
import org.kaohe.assessment.round.domain.InputKind;
import org.kaohe.events.assessment.RoundReopenedEvent;

/** An administrator reopened the round after its deadline, until {@code until}. */
public record ReopeningChange(Instant until) implements RecordedInput {

  static ReopeningChange of(RoundReopenedEvent event) {
    return new ReopeningChange(event.until());
  }

  @Override
  public InputKind kind() {
    return InputKind.REOPENING;
  }

  @Override
  public String cadreCode() {
    return null;
  }
}

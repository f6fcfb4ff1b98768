package org.kaohe.assessment.audit;

import java.time.Instant;
import org.kaohe.events.assessment.RoundReopenedEvent;

/** An administrator reopened the round after its deadline, until {@code until}. */
public record ReopeningChange(Instant until) implements RecordedInput {

  static ReopeningChange of(RoundReopenedEvent event) {
    return new ReopeningChange(event.until());
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.REOPENING;
  }

  @Override
  public String cadreCode() {
    return null;
  }
}

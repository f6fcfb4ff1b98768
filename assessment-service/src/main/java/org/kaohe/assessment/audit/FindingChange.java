package org.kaohe.assessment.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.kaohe.assessment.round.domain.Finding;
import org.kaohe.assessment.round.domain.InputKind;
import org.kaohe.events.assessment.FindingRecordedEvent;

/**
 * A finding was recorded under the reporting agency's own {@code findingId}: what it says (source,
 * severity, summary, deduction, cadre) stands beside the id.
 */
public record FindingChange(String findingId, @JsonUnwrapped Finding finding)
    implements RecordedInput {

  static FindingChange of(FindingRecordedEvent event) {
    return new FindingChange(event.findingId(), Finding.of(event));
  }

  @Override
  public InputKind kind() {
    return InputKind.FINDING;
  }

  @Override
  public String cadreCode() {
    return finding.cadreCode() == null ? null : finding.cadreCode().value();
  }
}

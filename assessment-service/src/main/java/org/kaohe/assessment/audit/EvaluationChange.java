package org.kaohe.assessment.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.kaohe.assessment.round.domain.DemocraticTally;
import org.kaohe.assessment.round.domain.InputKind;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;

/**
 * A rater group's democratic evaluation of the unit or a cadre was recorded: its tally's ballots,
 * grade counts and negative votes stand beside the other fields.
 *
 * @param replacesEarlier whether it replaced an earlier tally of the same group
 */
public record EvaluationChange(
    String cadreCode,
    String raterGroup,
    @JsonUnwrapped DemocraticTally tally,
    boolean replacesEarlier)
    implements RecordedInput {

  static EvaluationChange of(DemocraticEvaluationRecordedEvent event) {
    return new EvaluationChange(
        event.cadreCode() == null ? null : event.cadreCode().value(),
        event.raterGroup(),
        DemocraticTally.of(event),
        event.replacesEarlier());
  }

  @Override
  public InputKind kind() {
    return InputKind.DEMOCRATIC_EVALUATION;
  }
}

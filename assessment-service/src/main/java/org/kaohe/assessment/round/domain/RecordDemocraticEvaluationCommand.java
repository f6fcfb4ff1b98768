package org.kaohe.assessment.round.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * Records one rater group's democratic evaluation of a unit or one of its cadres; replacing an
 * earlier tally of the same group needs a {@code reason}.
 */
public record RecordDemocraticEvaluationCommand(
    @TargetAggregateIdentifier RoundId roundId,
    UnitCode unitCode,
    int year,
    CadreCode cadreCode,
    String raterGroup,
    DemocraticTally tally,
    String reason,
    Submitter submitter,
    SubmissionWindow window) {}

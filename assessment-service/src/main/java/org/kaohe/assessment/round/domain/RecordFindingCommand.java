package org.kaohe.assessment.round.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * An inspection, audit, petitions or supervision agency records a finding about a unit (and a
 * cadre, where relevant), under its own {@code findingId}.
 */
public record RecordFindingCommand(
    @TargetAggregateIdentifier RoundId roundId,
    UnitCode unitCode,
    int year,
    String findingId,
    Finding finding,
    Submitter submitter,
    SubmissionWindow window) {}

package org.kaohe.assessment.round.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * An administrator reopens a unit's closed round until {@code until}, so that a correction can be
 * made after the deadline; {@code reason} says why and goes into the audit trail.
 */
public record ReopenRoundCommand(
    @TargetAggregateIdentifier RoundId roundId,
    UnitCode unitCode,
    int year,
    Instant until,
    String reason,
    Submitter submitter,
    SubmissionWindow window) {}

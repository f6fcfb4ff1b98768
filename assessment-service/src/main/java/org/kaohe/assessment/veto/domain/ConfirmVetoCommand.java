package org.kaohe.assessment.veto.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.VetoId;

/** The competent department confirms a proposed veto; {@code opinion} is optional. */
public record ConfirmVetoCommand(
    @TargetAggregateIdentifier VetoId vetoId,
    String opinion,
    String decidedBy,
    AgencyCode agency,
    Instant decidedAt) {}

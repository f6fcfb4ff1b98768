package org.kaohe.assessment.veto.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.VetoId;

/** The competent department rejects a proposed veto, saying why. */
public record RejectVetoCommand(
    @TargetAggregateIdentifier VetoId vetoId,
    String reason,
    String decidedBy,
    AgencyCode agency,
    Instant decidedAt) {}

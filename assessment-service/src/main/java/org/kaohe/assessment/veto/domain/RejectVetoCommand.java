package org.kaohe.assessment.veto.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;

/** The competent department rejects a proposed veto, saying why. */
public record RejectVetoCommand(
    @TargetAggregateIdentifier String vetoId,
    String reason,
    String decidedBy,
    AgencyCode agency,
    Instant decidedAt) {}

package org.kaohe.events.assessment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.ids.VetoId;
import org.kaohe.events.ids.VetoItemCode;

/**
 * The competent department confirmed a proposed veto: from now on it is effective, and the unit is
 * not eligible for 优秀 in that year. {@code opinion} is the department's, or null.
 */
@Revision("1")
public record VetoConfirmedEvent(
    VetoId vetoId,
    UnitCode unitCode,
    int year,
    VetoItemCode itemCode,
    String opinion,
    String decidedBy,
    AgencyCode agency,
    Instant decidedAt)
    implements UnitEvent {}

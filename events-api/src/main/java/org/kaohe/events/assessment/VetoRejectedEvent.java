package org.kaohe.events.assessment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.ids.VetoId;
import org.kaohe.events.ids.VetoItemCode;

/**
 * The competent department rejected a proposed veto, saying why: it never took effect, and the item
 * may be proposed again for the unit and year.
 */
@Revision("1")
public record VetoRejectedEvent(
    VetoId vetoId,
    UnitCode unitCode,
    int year,
    VetoItemCode itemCode,
    String reason,
    String decidedBy,
    AgencyCode agency,
    Instant decidedAt)
    implements UnitEvent {}

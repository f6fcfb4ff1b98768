package org.kaohe.events.assessment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.ids.VetoId;
import org.kaohe.events.ids.VetoItemCode;

/**
 * An agency proposed a one-vote veto item against a unit for an assessment year, on {@code
 * grounds}. It takes no effect until {@code competentDepartment}, whose opinion is now sought,
 * confirms it.
 */
@Revision("1")
public record VetoProposedEvent(
    VetoId vetoId,
    UnitCode unitCode,
    int year,
    VetoItemCode itemCode,
    String grounds,
    AgencyCode competentDepartment,
    String proposedBy,
    AgencyCode agency,
    Instant proposedAt)
    implements UnitEvent {}

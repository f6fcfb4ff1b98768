package org.kaohe.events.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * A finding about a unit (and one of its cadres, where relevant) from an inspection tour, an audit,
 * petitions or supervision ({@code source}: INSPECTION_TOUR, AUDIT, PETITION, SUPERVISION), with
 * its {@code severity} (MINOR, SERIOUS, GRAVE) and an optional score {@code deduction}. {@code
 * findingId} is the reporting agency's own reference, unique within the round.
 */
@Revision("1")
public record FindingRecordedEvent(
    RoundId roundId,
    UnitCode unitCode,
    int year,
    CadreCode cadreCode,
    String findingId,
    String source,
    String severity,
    String summary,
    BigDecimal deduction,
    String recordedBy,
    AgencyCode agency,
    Instant recordedAt)
    implements UnitEvent {}

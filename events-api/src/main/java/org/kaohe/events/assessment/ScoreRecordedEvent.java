package org.kaohe.events.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.UnitCode;

/**
 * An agency recorded a score for one indicator of a unit's annual round. {@code previousValue} is
 * the value it replaced, or null for the first score of that indicator.
 */
@Revision("1")
public record ScoreRecordedEvent(
    String roundId,
    UnitCode unitCode,
    int year,
    IndicatorCode indicatorCode,
    BigDecimal value,
    BigDecimal previousValue,
    String recordedBy,
    AgencyCode agency,
    Instant recordedAt)
    implements UnitEvent {}

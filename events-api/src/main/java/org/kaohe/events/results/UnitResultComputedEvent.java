package org.kaohe.events.results;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.UnitCode;

/**
 * The results service computed a unit's result for a year from the inputs up to {@code
 * basedOnSequence} of the unit's round. {@code computedAt} is the time of the source event, so a
 * recomputation from the same events yields the same result.
 */
@Revision("1")
public record UnitResultComputedEvent(
    UnitCode unitCode,
    int year,
    BigDecimal compositeScore,
    int indicatorCount,
    long basedOnSequence,
    String sourceEventId,
    Instant computedAt)
    implements UnitEvent {}

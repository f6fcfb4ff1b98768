package org.kaohe.events.assessment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * An administrator reopened a unit's round after its deadline, until {@code until}, for the stated
 * {@code reason}; submissions to that round are taken again until then.
 */
@Revision("1")
public record RoundReopenedEvent(
    RoundId roundId,
    UnitCode unitCode,
    int year,
    Instant until,
    String reason,
    String reopenedBy,
    Instant reopenedAt)
    implements UnitEvent {}

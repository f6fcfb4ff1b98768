package org.kaohe.results.log;

import java.time.Instant;

/**
 * A result in the results log; {@code position} orders the log and is the SSE event id.
 *
 * @param kind {@code UNIT} or {@code CADRE}
 * @param code the unit's or cadre's code
 * @param unitCode the unit, or the cadre's unit
 * @param computedAt the time of the event that caused the result: the result stands from then
 * @param result a {@code UnitResultPublishedEvent} or a {@code CadreResultPublishedEvent}
 */
public record LoggedResult(
    long position,
    String entryId,
    String kind,
    String code,
    String unitCode,
    int year,
    Instant computedAt,
    Object result) {}

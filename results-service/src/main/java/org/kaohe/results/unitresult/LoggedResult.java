package org.kaohe.results.unitresult;

import org.kaohe.events.results.UnitResultComputedEvent;

/** A result in the results log; {@code position} orders the log and is the SSE event id. */
public record LoggedResult(long position, String resultId, UnitResultComputedEvent result) {}

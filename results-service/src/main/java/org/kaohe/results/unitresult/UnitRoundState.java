package org.kaohe.results.unitresult;

import java.math.BigDecimal;
import java.util.Map;
import org.kaohe.events.ids.UnitCode;

/** The read model of a unit's round: its current indicator scores up to an event sequence. */
public record UnitRoundState(
    String roundId, UnitCode unitCode, int year, Map<String, BigDecimal> scores, long sequence) {}

package org.kaohe.assessment.round.web;

import java.math.BigDecimal;

/** The answer to a recorded score: what is now current, and what it replaced. */
public record RecordedScoreResponse(
    String roundId,
    String unitCode,
    int year,
    String indicatorCode,
    BigDecimal value,
    BigDecimal previousValue,
    boolean changed) {}

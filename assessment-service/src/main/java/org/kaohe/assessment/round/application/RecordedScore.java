package org.kaohe.assessment.round.application;

import java.math.BigDecimal;

/** What recording a score did: the score now current and what it replaced, if anything. */
public record RecordedScore(
    String roundId,
    String unitCode,
    int year,
    String indicatorCode,
    String cadreCode,
    String period,
    BigDecimal value,
    BigDecimal previousValue,
    boolean changed) {}

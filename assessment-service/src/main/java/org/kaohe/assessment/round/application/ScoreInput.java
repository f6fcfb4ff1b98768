package org.kaohe.assessment.round.application;

import java.math.BigDecimal;

/**
 * One score as submitted through any channel (a request, a batch item, a spreadsheet row), before
 * it is checked. {@code cadreCode}, {@code period}, {@code replaces} and {@code reason} may be
 * null.
 */
public record ScoreInput(
    String unitCode,
    int year,
    String indicatorCode,
    String cadreCode,
    String period,
    BigDecimal value,
    BigDecimal replaces,
    String reason) {}

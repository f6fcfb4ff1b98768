package org.kaohe.assessment.reference;

import java.math.BigDecimal;

/** A score as an agency submits it, before it is checked: {@code agency} is the token's claim. */
public record ScoreSubmission(
    String agency, String unitCode, int year, String indicatorCode, BigDecimal value) {}

package org.kaohe.assessment.round.domain;

import java.math.BigDecimal;

/**
 * What recording a score did: {@code changed} is false when the score already had exactly this
 * value, in which case nothing was stored.
 */
public record ScoreOutcome(boolean changed, BigDecimal previousValue) {}

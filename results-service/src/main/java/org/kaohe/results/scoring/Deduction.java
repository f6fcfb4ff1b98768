package org.kaohe.results.scoring;

import java.math.BigDecimal;

/**
 * The points one finding deducts from the composite: what its agency asked for ({@code requested})
 * within the scheme's caps per finding, per source and in total.
 */
public record Deduction(
    String findingId,
    String source,
    BigDecimal requested,
    BigDecimal points,
    String sourceEventId) {}

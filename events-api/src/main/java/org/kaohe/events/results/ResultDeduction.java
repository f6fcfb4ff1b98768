package org.kaohe.events.results;

import java.math.BigDecimal;

/** Points a finding deducts from the composite: as requested, and within the scheme's caps. */
public record ResultDeduction(
    String findingId,
    String source,
    BigDecimal requested,
    BigDecimal points,
    String sourceEventId) {}

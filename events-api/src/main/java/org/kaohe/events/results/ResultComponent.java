package org.kaohe.events.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component of a composite: its weight among the components present ({@code schemeWeight} as
 * configured), its value, its contribution to its parent (null when missing), the ids of the events
 * it came from, and its own components down to the indicators.
 */
public record ResultComponent(
    String code,
    String name,
    BigDecimal weight,
    BigDecimal schemeWeight,
    BigDecimal value,
    BigDecimal contribution,
    List<String> sourceEventIds,
    List<ResultComponent> children) {}

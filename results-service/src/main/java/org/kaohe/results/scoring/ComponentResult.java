package org.kaohe.results.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component of a composite as computed: its share of its parent ({@code weight}, renormalised
 * over the components present; {@code schemeWeight} as configured), its {@code value} (null when
 * missing), its {@code contribution} to the parent's value (weight × value, null when missing), the
 * ids of the events it came from, and its own components down to the indicators.
 */
public record ComponentResult(
    String code,
    String name,
    BigDecimal weight,
    BigDecimal schemeWeight,
    BigDecimal value,
    BigDecimal contribution,
    List<String> sourceEventIds,
    List<ComponentResult> children) {

  public ComponentResult {
    sourceEventIds = List.copyOf(sourceEventIds);
    children = List.copyOf(children);
  }

  public boolean present() {
    return value != null;
  }
}

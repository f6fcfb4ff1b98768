package org.kaohe.results.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's or cadre's composite score with its derivation. The contributions of {@code components},
 * less the points of {@code deductions}, sum to {@code composite} exactly.
 *
 * @param complete whether every input the scheme weighs is present
 * @param missing the inputs still missing, e.g. {@code HQD-ECONOMY}, {@code REGULAR-HALF-YEAR/H2},
 *     {@code SURVEY}, {@code DEMOCRATIC}, {@code UNIT_RESULT}
 * @param composite null when no input the scheme weighs is present
 * @param hqd the value of the tree's HQD node, with its events; null when missing or for a cadre
 * @param regular the REGULAR value, with its events; null when missing
 */
public record Composite(
    String schemeVersion,
    boolean complete,
    List<String> missing,
    BigDecimal composite,
    List<ComponentResult> components,
    List<Deduction> deductions,
    ComponentResult hqd,
    ComponentResult regular) {

  public Composite {
    missing = List.copyOf(missing);
    components = List.copyOf(components);
    deductions = List.copyOf(deductions);
  }
}

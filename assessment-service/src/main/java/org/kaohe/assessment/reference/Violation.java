package org.kaohe.assessment.reference;

import java.util.Set;

/**
 * One way a request does not fit the reference data.
 *
 * @param field the request field or parameter, or empty when the problem spans several
 */
public record Violation(String field, String message) {

  static Violation noCatalogue(String field, int year, Set<Integer> catalogued) {
    return new Violation(
        field, "no indicator catalogue for year " + year + " " + cataloguedYears(catalogued));
  }

  /** E.g. {@code (catalogued: 2026, 2027)}. */
  static String cataloguedYears(Set<Integer> catalogued) {
    return "(catalogued: "
        + String.join(", ", catalogued.stream().map(String::valueOf).toList())
        + ")";
  }
}

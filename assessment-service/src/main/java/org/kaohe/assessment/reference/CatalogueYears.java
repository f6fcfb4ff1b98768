package org.kaohe.assessment.reference;

import java.util.Set;
import org.kaohe.platform.web.problem.FieldViolation;

/** How a request naming a year the catalogues do not cover is answered. */
final class CatalogueYears {
  private CatalogueYears() {}

  static FieldViolation noCatalogue(String field, int year, Set<Integer> catalogued) {
    return new FieldViolation(
        field, "no indicator catalogue for year " + year + " " + cataloguedYears(catalogued));
  }

  /** E.g. {@code (catalogued: 2026, 2027)}. */
  static String cataloguedYears(Set<Integer> catalogued) {
    return "(catalogued: "
        + String.join(", ", catalogued.stream().map(String::valueOf).toList())
        + ")";
  }
}

package org.kaohe.assessment.reference.web;

import java.util.List;
import org.kaohe.assessment.reference.ReferenceQueries;
import org.kaohe.assessment.reference.Responsibilities;
import org.kaohe.platform.reference.Agency;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The units, agencies, indicator catalogues and responsibilities submissions are checked against.
 */
@RestController
@RequestMapping("/api/assessment/reference")
class ReferenceController {
  private final ReferenceQueries queries;

  ReferenceController(ReferenceQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/units")
  List<AssessedUnit> units(@RequestParam(required = false) String category) {
    return queries.units(category);
  }

  @GetMapping("/agencies")
  List<Agency> agencies() {
    return queries.agencies();
  }

  @GetMapping("/indicators")
  IndicatorCatalogueResponse indicators(@RequestParam(required = false) String year) {
    return IndicatorCatalogueResponse.of(queries.catalogue(year));
  }

  @GetMapping("/responsibilities")
  Responsibilities responsibilities(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String year,
      Caller caller) {
    return queries.responsibilities(agency, year, caller.agency());
  }
}

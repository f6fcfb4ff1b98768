package org.kaohe.survey.units;

import java.util.List;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.ReferenceData;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/survey/units[?category=CITY]}: the units of the public-opinion survey, those the
 * reference units file marks as surveyed.
 */
@RestController
class SurveyedUnitsController {
  private final ReferenceData reference;

  SurveyedUnitsController(ReferenceData reference) {
    this.reference = reference;
  }

  @GetMapping("/api/survey/units")
  List<AssessedUnit> units(@RequestParam(required = false) String category) {
    List<AssessedUnit> units = reference.surveyedUnits();
    return category == null
        ? units
        : units.stream().filter(u -> u.category().name().equalsIgnoreCase(category)).toList();
  }
}

package org.kaohe.survey.units;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/survey/units[?category=CITY]}: the units of the public-opinion survey. */
@RestController
class SurveyedUnitsController {
  private final List<SurveyedUnit> units;

  SurveyedUnitsController(List<SurveyedUnit> surveyedUnits) {
    this.units = surveyedUnits;
  }

  @GetMapping("/api/survey/units")
  List<SurveyedUnit> units(@RequestParam(required = false) String category) {
    return category == null
        ? units
        : units.stream().filter(u -> u.category().equalsIgnoreCase(category)).toList();
  }
}

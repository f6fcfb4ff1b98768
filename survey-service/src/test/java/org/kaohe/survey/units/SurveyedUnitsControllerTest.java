package org.kaohe.survey.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.reference.UnitCategory;

class SurveyedUnitsControllerTest {
  private final SurveyedUnitsController controller =
      new SurveyedUnitsController(ReferenceFiles.shipped());

  @Test
  void theSurveyedUnitsAre14Cities86CountiesAnd19DepartmentsOfTheReferenceUnits() {
    List<AssessedUnit> units = controller.units(null);

    Map<UnitCategory, Long> byCategory =
        units.stream()
            .collect(Collectors.groupingBy(AssessedUnit::category, Collectors.counting()));
    assertThat(byCategory)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(UnitCategory.CITY, 14L, UnitCategory.COUNTY, 86L, UnitCategory.DEPARTMENT, 19L));
    assertThat(units.get(0).code().value()).isEqualTo("620100");
    assertThat(units.get(0).name()).isEqualTo("兰州市");
  }

  @Test
  void aCategoryNamedInAnyCaseSelectsItsUnits() {
    assertThat(controller.units("county")).hasSize(86).allMatch(AssessedUnit::surveyed);
  }
}

package org.kaohe.assessment.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.reference.UnitCategory;
import org.kaohe.platform.web.problem.InvalidFields;

class ReferenceQueriesTest {
  private static final ReferenceQueries QUERIES = new ReferenceQueries(ReferenceFiles.shipped());

  @Test
  void unitsAreFilteredByCategoryInAnyCase() {
    assertThat(QUERIES.units(null)).hasSize(130);
    assertThat(QUERIES.units("CITY")).hasSize(14).allMatch(u -> u.category() == UnitCategory.CITY);
    assertThat(QUERIES.units("enterprise")).hasSize(5);
  }

  @Test
  void anUnknownCategoryIsInvalid() {
    assertThatThrownBy(() -> QUERIES.units("TOWN"))
        .isInstanceOf(InvalidFields.class)
        .hasMessage(
            "category must be one of CITY, COUNTY, DEPARTMENT, INSTITUTION, ENTERPRISE, got: TOWN");
  }

  @Test
  void aCatalogueIsFoundByItsYear() {
    assertThat(QUERIES.catalogue("2026").year()).isEqualTo(2026);
  }

  @Test
  void aCatalogueNeedsAYearThatIsCatalogued() {
    assertThatThrownBy(() -> QUERIES.catalogue(null))
        .hasMessage("year is required (catalogued: 2026)");
    assertThatThrownBy(() -> QUERIES.catalogue("next"))
        .hasMessage("year must be a year such as 2026, got: next");
    assertThatThrownBy(() -> QUERIES.catalogue("2031"))
        .isInstanceOf(InvalidFields.class)
        .hasMessage("no indicator catalogue for year 2031 (catalogued: 2026)");
  }

  @Test
  void anAgencysResponsibilitiesListItsIndicatorsWithTheUnitsTheyApplyTo() {
    Responsibilities stats = QUERIES.responsibilities("PROV-STATS", "2026", Optional.empty());

    assertThat(stats.name()).isEqualTo("省统计局");
    assertThat(stats.years())
        .singleElement()
        .extracting(Responsibilities.Year::year)
        .isEqualTo(2026);
    assertThat(stats.years().get(0).indicators())
        .contains(
            new Responsibilities.Item("HQD-ECONOMY", "经济建设", "HQD", List.of("CITY", "COUNTY"), 100),
            new Responsibilities.Item(
                "HQD-LIVELIHOOD", "民生保障", "HQD", List.of("CITY", "COUNTY"), 100));
  }

  @Test
  void withoutAnAgencyTheCallersOwnIsMeant() {
    assertThat(QUERIES.responsibilities(null, null, Optional.of("PROV-ENV")).agency())
        .isEqualTo("PROV-ENV");
    assertThatThrownBy(() -> QUERIES.responsibilities(null, null, Optional.empty()))
        .hasMessage("agency is required when the token names none, e.g. agency=PROV-STATS");
  }

  @Test
  void anUnknownAgencyIsInvalid() {
    assertThatThrownBy(() -> QUERIES.responsibilities("PROV-NOPE", null, Optional.empty()))
        .isInstanceOf(InvalidFields.class)
        .hasMessage("unknown agency code PROV-NOPE");
  }
}

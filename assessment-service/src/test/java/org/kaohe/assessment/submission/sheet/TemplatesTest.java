package org.kaohe.assessment.submission.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.reference.IndicatorCatalogue;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.web.problem.InvalidFields;

class TemplatesTest {
  private static final ReferenceData REFERENCE = ReferenceFiles.shipped();
  private static final IndicatorCatalogue CATALOGUE_2026 = REFERENCE.catalogue(2026).orElseThrow();

  private final Templates templates = new Templates(REFERENCE);

  @Test
  void anAgencysTemplateHasARowForEveryUnitEachOfItsIndicatorsAppliesTo() {
    Template template = templates.of(CATALOGUE_2026, "hqd", "PROV-STATS");

    assertThat(template.indicators())
        .extracting(indicator -> indicator.code().value())
        .containsExactly("HQD-ECONOMY", "HQD-LIVELIHOOD");
    assertThat(template.rows()).hasSize(100 * 2);
    assertThat(template.rows().get(0).cells())
        .containsExactly(
            "620100", "兰州市", "HQD-ECONOMY", "经济建设", null, null, null, null, null, null);
    assertThat(template.rows().get(1).indicatorCode()).isEqualTo("HQD-LIVELIHOOD");
    assertThat(template.filename("xlsx")).isEqualTo("PROV-STATS-HQD-2026.xlsx");
  }

  @Test
  void indicatorsScoredForCadresAndPerHalfYearHaveARowForEachCadreAndPeriod() {
    Template template = templates.of(CATALOGUE_2026, "REGULAR", "PROV-ORG");

    List<String> lanzhou =
        template.rows().stream()
            .filter(row -> row.unitCode().equals("620100"))
            .map(row -> row.indicatorCode() + "/" + row.cadreCode() + "/" + row.period())
            .toList();
    assertThat(lanzhou)
        .containsExactly(
            "REGULAR-HALF-YEAR/null/H1",
            "REGULAR-HALF-YEAR/null/H2",
            "REGULAR-HALF-YEAR/C-620100-1/H1",
            "REGULAR-HALF-YEAR/C-620100-1/H2",
            "REGULAR-HALF-YEAR/C-620100-2/H1",
            "REGULAR-HALF-YEAR/C-620100-2/H2");
  }

  @Test
  void anAgencyWithNoIndicatorInTheGroupHasNoTemplate() {
    assertThatThrownBy(() -> templates.of(CATALOGUE_2026, "HQD", "PROV-ENV"))
        .isInstanceOf(NoTemplate.class)
        .hasMessageStartingWith("agency PROV-ENV submits no indicator of group HQD in 2026");
  }

  @Test
  void anUnknownGroupIsAnInvalidParameterNamingTheGroups() {
    assertThatThrownBy(() -> templates.of(CATALOGUE_2026, "hq", "PROV-STATS"))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            invalid ->
                assertThat(invalid.violations().get(0).message())
                    .startsWith(
                        "unknown group HQ in the 2026 catalogue; its groups are HQD, PARTY"));
  }

  @Test
  void theAvailableTemplatesAreTheGroupsTheAgencySubmitsIn() {
    assertThat(templates.available(REFERENCE.catalogues(), "PROV-ORG"))
        .extracting(template -> template.group().code())
        .containsExactly("PARTY", "BUSINESS", "REGULAR", "LEADERS");
    assertThat(templates.available(REFERENCE.catalogues(), "PROV-STATS"))
        .extracting(template -> template.group().code())
        .containsExactly("HQD");
  }
}

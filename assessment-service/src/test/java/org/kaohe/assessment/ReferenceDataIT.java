package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Submissions are checked against the shipped reference data and the responsibility matrix, over
 * HTTP against the real embedded MongoDB server and Kafka broker; the reference data is readable by
 * every role.
 */
class ReferenceDataIT extends ServiceIT {

  @Test
  void anUnknownUnitIsRejectedAndNothingIsStored() {
    expectProblem(
            postScore("agency", "PROV-STATS", score("999999", 2026, "HQD-ECONOMY", 80)),
            400,
            "unknown unit code 999999")
        .jsonPath("$.errors[0].field")
        .isEqualTo("unitCode");

    assertThat(storedEvents("999999-2026")).isEmpty();
  }

  @Test
  void anIndicatorOutsideTheYearsCatalogueIsRejectedAndNothingIsStored() {
    expectProblem(
        postScore("agency", "PROV-STATS", score("620200", 2026, "HQD-NOTHING", 80)),
        400,
        "unknown indicator code HQD-NOTHING in the 2026 catalogue");

    assertThat(storedEvents("620200-2026")).isEmpty();
  }

  @Test
  void aYearWithoutACatalogueIsRejectedAndNothingIsStored() {
    expectProblem(
        postScore("agency", "PROV-STATS", score("620200", 2031, "HQD-ECONOMY", 80)),
        400,
        "no indicator catalogue for year 2031 (catalogued: 2026)");

    assertThat(storedEvents("620200-2031")).isEmpty();
  }

  @Test
  void anIndicatorThatDoesNotApplyToTheUnitIsRejectedNamingBoth() {
    expectProblem(
        postScore("agency", "PROV-STATS", score("GS-E03", 2026, "HQD-ECONOMY", 80)),
        400,
        "indicator HQD-ECONOMY does not apply to unit GS-E03 (ENTERPRISE/FINANCIAL); it applies to"
            + " CITY, COUNTY");

    assertThat(storedEvents("GS-E03-2026")).isEmpty();
  }

  @Test
  void aValueOffTheIndicatorsScaleIsRejectedNamingTheScale() {
    expectProblem(
        postScore("agency", "PROV-STATS", score("620300", 2026, "HQD-ECONOMY", 101)),
        400,
        "value 101 is outside the scale of HQD-ECONOMY: 0 to 100 with at most 2 decimals");
    expectProblem(
        postScore("agency", "PROV-ORG", score("620300", 2026, "PARTY-BUILDING", 90.25)),
        400,
        "value 90.25 has more decimals than the scale of PARTY-BUILDING allows: 0 to 100 with at"
            + " most 1 decimal");

    assertThat(storedEvents("620300-2026")).isEmpty();
  }

  @Test
  void everyProblemOfASubmissionIsNamedAtOnce() {
    expectProblem(
            postScore("agency", "PROV-STATS", score("999999", 2026, "HQD-ECONOMY", 101)),
            400,
            "unknown unit code 999999; value 101 is outside the scale of HQD-ECONOMY: 0 to 100"
                + " with at most 2 decimals")
        .jsonPath("$.errors[*].field")
        .isEqualTo(List.of("unitCode", "value"));
  }

  @Test
  void anAgencyOutsideItsResponsibilitiesIsRefusedAndNothingIsStored() {
    expectProblem(
        postScore("agency", "PROV-ENV", score("620400", 2026, "HQD-ECONOMY", 80)),
        403,
        "agency PROV-ENV may not submit HQD-ECONOMY for 620400 (responsible: PROV-STATS)");

    assertThat(storedEvents("620400-2026")).isEmpty();
  }

  @Test
  void anAdminWithAnAgencyIsTreatedLikeThatAgency() {
    expectProblem(
        postScore("admin", "PROV-ENV", score("620600", 2026, "HQD-ECONOMY", 80)),
        403,
        "agency PROV-ENV may not submit HQD-ECONOMY for 620600 (responsible: PROV-STATS)");
    assertThat(storedEvents("620600-2026")).isEmpty();

    postScore("admin", "PROV-STATS", score("620600", 2026, "HQD-ECONOMY", 80))
        .expectStatus()
        .isCreated();
    assertThat(storedEvents("620600-2026")).hasSize(1);
  }

  @Test
  void aTokenNamingAnUnknownAgencyIsRefused() {
    expectProblem(
        postScore("agency", "PROV-NOPE", score("620700", 2026, "HQD-ECONOMY", 80)),
        403,
        "agency PROV-NOPE is not in the agency reference list, so it may not submit scores");

    assertThat(storedEvents("620700-2026")).isEmpty();
  }

  @Test
  void everyRoleReadsTheUnitsOfACategory() {
    get("dashboard", null, "/api/assessment/reference/units")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(130)
        .jsonPath("$[0].code")
        .isEqualTo("620100")
        .jsonPath("$[0].type")
        .isEqualTo("ECONOMIC");
    get("agency", "PROV-STATS", "/api/assessment/reference/units?category=COUNTY")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(86);
    expectProblem(
        get("auditor", null, "/api/assessment/reference/units?category=TOWN"),
        400,
        "category must be one of CITY, COUNTY, DEPARTMENT, INSTITUTION, ENTERPRISE, got: TOWN");
  }

  @Test
  void everyRoleReadsTheAgencies() {
    get("dashboard", null, "/api/assessment/reference/agencies")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.code == 'PROV-STATS')].name")
        .isEqualTo(List.of("省统计局"));
  }

  @Test
  void theIndicatorsOfAYearAreReadWithTheirScalesAndResponsibleAgencies() {
    get("auditor", null, "/api/assessment/reference/indicators?year=2026")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.year")
        .isEqualTo(2026)
        .jsonPath("$.groups[0].code")
        .isEqualTo("HQD")
        .jsonPath("$.groups[0].indicators[0].code")
        .isEqualTo("HQD-ECONOMY")
        .jsonPath("$.groups[0].indicators[0].responsibleAgency")
        .isEqualTo("PROV-STATS")
        .jsonPath("$.groups[0].indicators[0].appliesTo")
        .isEqualTo(List.of("CITY", "COUNTY"))
        .jsonPath("$.groups[0].indicators[0].scale.max")
        .isEqualTo(100)
        .jsonPath("$.groups[0].indicators[0].scale.decimals")
        .isEqualTo(2);
    expectProblem(
        get("auditor", null, "/api/assessment/reference/indicators"),
        400,
        "year is required (catalogued: 2026)");
    expectProblem(
        get("auditor", null, "/api/assessment/reference/indicators?year=2031"),
        400,
        "no indicator catalogue for year 2031 (catalogued: 2026)");
  }

  @Test
  void anAgencyReadsWhatItMaySubmit() {
    get("auditor", null, "/api/assessment/reference/responsibilities?agency=PROV-STATS")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.agency")
        .isEqualTo("PROV-STATS")
        .jsonPath("$.years[0].year")
        .isEqualTo(2026)
        .jsonPath("$.years[0].indicators[?(@.indicator == 'HQD-ECONOMY')].appliesTo")
        .isEqualTo(List.of(List.of("CITY", "COUNTY")))
        .jsonPath("$.years[0].indicators[?(@.indicator == 'HQD-ECONOMY')].units")
        .isEqualTo(List.of(100));
    get("agency", "PROV-ENV", "/api/assessment/reference/responsibilities")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.agency")
        .isEqualTo("PROV-ENV")
        .jsonPath("$.years[0].indicators[*].indicator")
        .isEqualTo(List.of("ECOLOGY"));
    expectProblem(
        get("auditor", null, "/api/assessment/reference/responsibilities?agency=PROV-NOPE"),
        400,
        "unknown agency code PROV-NOPE");
  }

  @Test
  void theReferenceDataIsNotWrittenThroughTheApi() {
    postJson(
            "/api/assessment/reference/units",
            TestTokens.bearer("admin", "PROV-ORG"),
            Map.of("code", "GS-X01"))
        .expectStatus()
        .isForbidden();
    client()
        .get()
        .uri("/api/assessment/reference/units")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }
}

package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Submissions are checked against the shipped reference data and the responsibility matrix, over
 * HTTP against the real embedded MongoDB server and Kafka broker; the reference data is readable by
 * every role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceDataIT {
  private static final String DATABASE = "reference-it-" + System.nanoTime();

  @Value("${local.server.port}")
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ServiceUnderTest.useEmbeddedInfrastructure(registry, DATABASE);
  }

  @Test
  void anUnknownUnitIsRejectedAndNothingIsStored() {
    expectProblem(
            post("agency", "PROV-STATS", score("999999", 2026, "HQD-ECONOMY", 80)),
            400,
            "unknown unit code 999999")
        .jsonPath("$.errors[0].field")
        .isEqualTo("unitCode");

    assertThat(storedEvents("999999-2026")).isEmpty();
  }

  @Test
  void anIndicatorOutsideTheYearsCatalogueIsRejectedAndNothingIsStored() {
    expectProblem(
        post("agency", "PROV-STATS", score("620200", 2026, "HQD-NOTHING", 80)),
        400,
        "unknown indicator code HQD-NOTHING in the 2026 catalogue");

    assertThat(storedEvents("620200-2026")).isEmpty();
  }

  @Test
  void aYearWithoutACatalogueIsRejectedAndNothingIsStored() {
    expectProblem(
        post("agency", "PROV-STATS", score("620200", 2031, "HQD-ECONOMY", 80)),
        400,
        "no indicator catalogue for year 2031 (catalogued: 2026)");

    assertThat(storedEvents("620200-2031")).isEmpty();
  }

  @Test
  void anIndicatorThatDoesNotApplyToTheUnitIsRejectedNamingBoth() {
    expectProblem(
        post("agency", "PROV-STATS", score("GS-E03", 2026, "HQD-ECONOMY", 80)),
        400,
        "indicator HQD-ECONOMY does not apply to unit GS-E03 (ENTERPRISE/FINANCIAL); it applies to"
            + " CITY, COUNTY");

    assertThat(storedEvents("GS-E03-2026")).isEmpty();
  }

  @Test
  void aValueOffTheIndicatorsScaleIsRejectedNamingTheScale() {
    expectProblem(
        post("agency", "PROV-STATS", score("620300", 2026, "HQD-ECONOMY", 101)),
        400,
        "value 101 is outside the scale of HQD-ECONOMY: 0 to 100 with at most 2 decimals");
    expectProblem(
        post("agency", "PROV-ORG", score("620300", 2026, "PARTY-BUILDING", 90.25)),
        400,
        "value 90.25 has more decimals than the scale of PARTY-BUILDING allows: 0 to 100 with at"
            + " most 1 decimal");

    assertThat(storedEvents("620300-2026")).isEmpty();
  }

  @Test
  void everyProblemOfASubmissionIsNamedAtOnce() {
    expectProblem(
            post("agency", "PROV-STATS", score("999999", 2026, "HQD-ECONOMY", 101)),
            400,
            "unknown unit code 999999; value 101 is outside the scale of HQD-ECONOMY: 0 to 100"
                + " with at most 2 decimals")
        .jsonPath("$.errors[*].field")
        .isEqualTo(List.of("unitCode", "value"));
  }

  @Test
  void anAgencyOutsideItsResponsibilitiesIsRefusedAndNothingIsStored() {
    expectProblem(
        post("agency", "PROV-ENV", score("620400", 2026, "HQD-ECONOMY", 80)),
        403,
        "agency PROV-ENV may not submit HQD-ECONOMY for 620400 (responsible: PROV-STATS)");

    assertThat(storedEvents("620400-2026")).isEmpty();
  }

  @Test
  void anAdminWithAnAgencyIsTreatedLikeThatAgency() {
    expectProblem(
        post("admin", "PROV-ENV", score("620600", 2026, "HQD-ECONOMY", 80)),
        403,
        "agency PROV-ENV may not submit HQD-ECONOMY for 620600 (responsible: PROV-STATS)");
    assertThat(storedEvents("620600-2026")).isEmpty();

    post("admin", "PROV-STATS", score("620600", 2026, "HQD-ECONOMY", 80))
        .expectStatus()
        .isCreated();
    assertThat(storedEvents("620600-2026")).hasSize(1);
  }

  @Test
  void aTokenNamingAnUnknownAgencyIsRefused() {
    expectProblem(
        post("agency", "PROV-NOPE", score("620700", 2026, "HQD-ECONOMY", 80)),
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
    client()
        .post()
        .uri("/api/assessment/reference/units")
        .header("Authorization", TestTokens.bearer("admin", "PROV-ORG"))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("code", "GS-X01"))
        .exchange()
        .expectStatus()
        .isForbidden();
    client()
        .get()
        .uri("/api/assessment/reference/units")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  private static WebTestClient.BodyContentSpec expectProblem(
      WebTestClient.ResponseSpec response, int status, String detail) {
    return ServiceUnderTest.expectProblem(response, status, detail);
  }

  private WebTestClient.ResponseSpec post(String role, String agency, Object body) {
    return ServiceUnderTest.postScore(port, role, agency, body);
  }

  private WebTestClient.ResponseSpec get(String role, String agency, String uri) {
    return client()
        .get()
        .uri(uri)
        .header("Authorization", TestTokens.bearer(role, agency))
        .exchange();
  }

  private WebTestClient client() {
    return ServiceUnderTest.client(port);
  }

  private static Map<String, Object> score(String unit, int year, String indicator, double value) {
    return ServiceUnderTest.score(unit, year, indicator, value);
  }

  private static List<Document> storedEvents(String roundId) {
    return ServiceUnderTest.storedEvents(DATABASE, roundId);
  }
}

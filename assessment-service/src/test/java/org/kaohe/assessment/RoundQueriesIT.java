package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A unit's round shows what is recorded and what each responsible agency still owes, flagged as the
 * deadline nears (here: within 150 days of 31 March 2027, so already "due soon"); an agency sees
 * its own submissions and outstanding work, and no other agency's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoundQueriesIT {
  private static final String DATABASE = "round-queries-it-" + System.nanoTime();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Value("${local.server.port}")
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ServiceUnderTest.useEmbeddedInfrastructure(registry, DATABASE);
    registry.add("kaohe.assessment.deadline-warning", () -> "P150D");
  }

  @Test
  void aRoundWithoutInputsListsEverythingMissingByResponsibleAgency() throws IOException {
    JsonNode round = get("auditor", null, "/api/assessment/rounds/621200/2026");

    assertThat(round.at("/unitName").asText()).isEqualTo("陇南市");
    assertThat(round.at("/calendar/deadline").asText()).isEqualTo("2027-03-31");
    assertThat(round.at("/calendar/status").asText()).isEqualTo("DUE_SOON");
    assertThat(round.at("/completeness/complete").asBoolean()).isFalse();
    JsonNode stats = round.at("/completeness/missingByAgency/PROV-STATS");
    assertThat(stats.findValuesAsText("indicatorCode")).contains("HQD-ECONOMY");
    assertThat(stats.get(0).get("status").asText()).isEqualTo("DUE_SOON");
    JsonNode org = round.at("/completeness/missingByAgency/PROV-ORG");
    assertThat(org.findValuesAsText("kind")).contains("POLITICAL_RATING", "DEMOCRATIC_EVALUATION");
    assertThat(org.findValuesAsText("cadreCode")).contains("C-621200-1", "C-621200-2");
    assertThat(org.findValuesAsText("period")).contains("H1", "H2");
  }

  @Test
  void aRecordedScoreLeavesTheMissingListAndShowsWithItsSource() throws IOException {
    int missingBefore =
        get("auditor", null, "/api/assessment/rounds/620300/2026")
            .at("/completeness/missing")
            .asInt();
    ServiceUnderTest.postScore(
            port, "agency", "PROV-STATS", ServiceUnderTest.score("620300", 2026, "HQD-ECONOMY", 77))
        .expectStatus()
        .isCreated();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                get("auditor", null, "/api/assessment/rounds/620300/2026")
                        .at("/completeness/missing")
                        .asInt()
                    == missingBefore - 1);
    JsonNode round = get("agency", "PROV-ENV", "/api/assessment/rounds/620300/2026");
    assertThat(round.at("/scores/HQD-ECONOMY/agency").asText()).isEqualTo("PROV-STATS");
    assertThat(
            round.at("/completeness/missingByAgency/PROV-STATS").findValuesAsText("indicatorCode"))
        .doesNotContain("HQD-ECONOMY");
  }

  @Test
  void anAgencySeesItsOwnSubmissionsAndOutstandingWorkButNotAnothersWork() throws IOException {
    ServiceUnderTest.postScore(
            port, "agency", "PROV-STATS", ServiceUnderTest.score("620400", 2026, "HQD-ECONOMY", 66))
        .expectStatus()
        .isCreated();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                get("agency", "PROV-STATS", "/api/assessment/agencies/PROV-STATS/work?year=2026")
                        .at("/submitted")
                        .asInt()
                    == 1);
    JsonNode work =
        get("agency", "PROV-STATS", "/api/assessment/agencies/PROV-STATS/work?year=2026");
    assertThat(work.at("/submissions/0/unitCode").asText()).isEqualTo("620400");
    assertThat(work.at("/outstanding").asInt()).isGreaterThan(100);
    assertThat(work.at("/outstandingByUnit").findValuesAsText("unitCode")).doesNotContain("GS-E03");
    ServiceUnderTest.client(port)
        .get()
        .uri("/api/assessment/agencies/PROV-STATS/work?year=2026")
        .header("Authorization", TestTokens.bearer("agency", "PROV-ENV"))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void anUnknownUnitOrYearIsABadRequestNamingIt() {
    ServiceUnderTest.expectProblem(
        ServiceUnderTest.client(port)
            .get()
            .uri("/api/assessment/rounds/999999/2026")
            .header("Authorization", TestTokens.bearer("auditor", null))
            .exchange(),
        400,
        "unknown unit code 999999");
  }

  private JsonNode get(String role, String agency, String uri) throws IOException {
    byte[] body =
        ServiceUnderTest.client(port)
            .get()
            .uri(uri)
            .header("Authorization", TestTokens.bearer(role, agency))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(body);
  }
}

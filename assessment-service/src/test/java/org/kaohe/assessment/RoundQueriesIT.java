package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A unit's round shows what is recorded and what each responsible agency still owes, flagged as the
 * deadline nears (here: within 150 days of 31 March 2027, so already "due soon"); an agency sees
 * the rounds of units it is responsible for with only its own inputs, its own submissions and
 * outstanding work, and no other agency's; the organization department sees everything.
 */
@TestPropertySource(properties = "kaohe.assessment.deadline-warning=P150D")
class RoundQueriesIT extends ServiceIT {

  @Test
  void aRoundWithNoRecordedInputsIsNotFound() {
    expectProblem(
        get("auditor", null, "/api/assessment/rounds/620102/2026"),
        404,
        "no recorded inputs for round 620102-2026");
  }

  @Test
  void aRoundWithItsFirstInputListsEverythingElseMissingByResponsibleAgency() throws IOException {
    postJson(
            "/api/assessment/political-ratings",
            TestTokens.bearer("agency", "PROV-ORG"),
            Map.of("unitCode", "621200", "year", 2026, "rating", "GOOD", "basis", "talks"))
        .expectStatus()
        .isCreated();

    JsonNode round = awaitRound("/api/assessment/rounds/621200/2026");
    assertThat(round.at("/unitName").asText()).isEqualTo("陇南市");
    assertThat(round.at("/calendar/deadline").asText()).isEqualTo("2027-03-31");
    assertThat(round.at("/calendar/status").asText()).isEqualTo("DUE_SOON");
    assertThat(round.at("/ratings/UNIT/rating").asText()).isEqualTo("GOOD");
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
    postScore("agency", "PROV-STATS", score("620300", 2026, "HQD-ECONOMY", 77.5))
        .expectStatus()
        .isCreated();

    String uri = "/api/assessment/rounds/620300/2026";
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(getJson("auditor", null, uri).at("/scores/HQD-ECONOMY").isObject())
                    .isTrue());
    JsonNode round = getJson("agency", "PROV-STATS", uri);
    assertThat(round.at("/scores/HQD-ECONOMY/agency").asText()).isEqualTo("PROV-STATS");
    assertThat(round.at("/scores/HQD-ECONOMY/value").isNumber()).isTrue();
    assertThat(round.at("/scores/HQD-ECONOMY/value").decimalValue()).isEqualByComparingTo("77.5");
    assertThat(
            round.at("/completeness/missingByAgency/PROV-STATS").findValuesAsText("indicatorCode"))
        .doesNotContain("HQD-ECONOMY");
  }

  @Test
  void anAgencySeesOnlyItsOwnInputsOfARoundAndTheOrganizationDepartmentSeesThemAll()
      throws IOException {
    postScore("agency", "PROV-STATS", score("620500", 2026, "HQD-ECONOMY", 81))
        .expectStatus()
        .isCreated();
    postScore("agency", "PROV-ENV", score("620500", 2026, "ECOLOGY", 74))
        .expectStatus()
        .isCreated();
    Map<String, Object> rating =
        Map.of("unitCode", "620500", "year", 2026, "rating", "GOOD", "basis", "talks");
    postJson("/api/assessment/political-ratings", TestTokens.bearer("agency", "PROV-ORG"), rating)
        .expectStatus()
        .isCreated();
    awaitNumber("auditor", null, "/api/assessment/rounds/620500/2026", "/ratings/UNIT/sequence", 2);

    JsonNode env = getJson("agency", "PROV-ENV", "/api/assessment/rounds/620500/2026");
    assertThat(env.at("/scores").fieldNames()).toIterable().containsExactly("ECOLOGY");
    assertThat(env.at("/ratings").isEmpty()).isTrue();
    assertThat(env.at("/evaluations").isEmpty()).isTrue();
    assertThat(env.at("/findings").isEmpty()).isTrue();
    assertThat(env.at("/completeness/missingByAgency/PROV-STATS").isArray()).isTrue();
    JsonNode org = getJson("agency", "PROV-ORG", "/api/assessment/rounds/620500/2026");
    assertThat(org.at("/scores").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("HQD-ECONOMY", "ECOLOGY");
    assertThat(org.at("/ratings/UNIT/rating").asText()).isEqualTo("GOOD");
  }

  @Test
  void anAgencyMayNotReadTheRoundOfAUnitItIsNotResponsibleFor() {
    expectProblem(
        get("agency", "PROV-STATS", "/api/assessment/rounds/GS-E03/2026"),
        403,
        "agency PROV-STATS is responsible for no input of unit GS-E03 in 2026, so it may not read"
            + " that round");
    expectProblem(
        get("agency", "PROV-FINANCE", "/api/assessment/rounds/GS-E03/2026"),
        404,
        "no recorded inputs for round GS-E03-2026");
  }

  @Test
  void anAgencySeesItsOwnSubmissionsAndOutstandingWorkButNotAnothersWork() throws IOException {
    postScore("agency", "PROV-STATS", score("620400", 2026, "HQD-ECONOMY", 66))
        .expectStatus()
        .isCreated();

    awaitNumber(
        "agency",
        "PROV-STATS",
        "/api/assessment/agencies/PROV-STATS/work?year=2026",
        "/submitted",
        1);
    JsonNode work =
        getJson("agency", "PROV-STATS", "/api/assessment/agencies/PROV-STATS/work?year=2026");
    assertThat(work.at("/submissions/0/unitCode").asText()).isEqualTo("620400");
    assertThat(work.at("/outstanding").asInt()).isGreaterThan(100);
    assertThat(work.at("/outstandingByUnit").findValuesAsText("unitCode")).doesNotContain("GS-E03");
    expectProblem(
        get("agency", "PROV-ENV", "/api/assessment/agencies/PROV-STATS/work?year=2026"),
        403,
        "an agency sees only its own work; this token is for PROV-ENV");
    get("agency", "PROV-ORG", "/api/assessment/agencies/PROV-STATS/work?year=2026")
        .expectStatus()
        .isOk();
  }

  @Test
  void anUnknownUnitOrYearIsABadRequestNamingIt() {
    expectProblem(
        get("auditor", null, "/api/assessment/rounds/999999/2026"),
        400,
        "unknown unit code 999999");
  }

  /** Waits until the projection has the round (404 until then), and answers it. */
  private JsonNode awaitRound(String uri) {
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> getJson("auditor", null, uri));
    return getJson("auditor", null, uri);
  }

  /** Waits until the projection shows this number at the pointer of the answer. */
  private void awaitNumber(String role, String agency, String uri, String pointer, int number) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> getJson(role, agency, uri).at(pointer).asInt() == number);
  }
}

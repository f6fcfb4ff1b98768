package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * After the 2026 round's deadline (31 March 2027, province time) submissions are refused, until an
 * administrator reopens one unit's round with a reason; the reopening is in its audit trail.
 */
@TestPropertySource(properties = "kaohe.assessment.clock-start=2027-04-02T01:00:00Z")
class ClosedRoundIT extends ServiceIT {

  @Test
  void lateSubmissionIsRefusedSayingWhenTheRoundClosedAndNothingIsStored() {
    expectProblem(
        postScore("620100"),
        409,
        "round 620100-2026 closed at its deadline (2027-03-31T16:00:00Z); an administrator may"
            + " reopen it for a correction, with a reason");

    assertThat(storedEvents("620100-2026")).isEmpty();
  }

  @Test
  void administratorReopensOneUnitsRoundWithAReasonAndItTakesSubmissionsAgain() {
    reopen("admin", "620200", Map.of("until", "2027-04-10T00:00:00Z", "reason", "audit finding"))
        .expectStatus()
        .isCreated();

    postScore("620200").expectStatus().isCreated();
    expectProblem(postScore("620300"), 409, closedMessage("620300"));
    Document reopening = storedEvents("620200-2026").get(0);
    assertThat(reopening.getString("payloadType")).endsWith("RoundReopenedEvent");
    assertThat(reopening.getString("metaData")).contains("\"reason\":\"audit finding\"");
  }

  @Test
  void onlyAnAdministratorMayReopenAndOnlyWithAReasonAndAFutureEnd() {
    reopen("agency", "620400", Map.of("until", "2027-04-10T00:00:00Z", "reason", "please"))
        .expectStatus()
        .isForbidden();
    expectProblem(
            reopen("admin", "620400", Map.of("until", "2027-04-10T00:00:00Z", "reason", " ")),
            400,
            "The request is invalid; see errors.")
        .jsonPath("$.errors[0].field")
        .isEqualTo("reason");
    reopen("admin", "620400", Map.of("until", "2027-04-01T00:00:00Z", "reason", "audit"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("until");
    assertThat(storedEvents("620400-2026")).isEmpty();
  }

  private WebTestClient.ResponseSpec postScore(String unit) {
    return postScore("agency", "PROV-STATS", score(unit, 2026, "HQD-ECONOMY", 80));
  }

  private WebTestClient.ResponseSpec reopen(String role, String unit, Map<String, String> body) {
    return postJson(
        "/api/assessment/admin/rounds/" + unit + "/2026/reopening",
        TestTokens.bearer(role, role.equals("agency") ? "PROV-ORG" : null),
        body);
  }

  private static String closedMessage(String unit) {
    return "round "
        + unit
        + "-2026 closed at its deadline (2027-03-31T16:00:00Z); an administrator may reopen it"
        + " for a correction, with a reason";
  }
}

package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaohe.events.assessment.VetoConfirmedEvent;
import org.kaohe.events.assessment.VetoProposedEvent;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one-vote veto over HTTP against the real embedded MongoDB server and Kafka broker: an agency
 * proposes, the item's competent department confirms or rejects, every step is a stored and
 * published event, and the cases are read from a replayable projection.
 */
class VetoWorkflowIT extends ServiceIT {
  private static final String VETOES = "/api/assessment/vetoes";
  @RegisterExtension static final PublishedEvents published = new PublishedEvents();

  @Test
  void aConfirmedVetoTakesEffectAndEachStepIsAStoredAndPublishedEvent() {
    String vetoId = "veto:620100:2026:VETO-SAFETY";
    propose("PROV-ORG", "620100", "VETO-SAFETY", "重大生产安全责任事故")
        .expectStatus()
        .isCreated()
        .expectHeader()
        .location(VETOES + "/" + vetoId)
        .expectBody()
        .jsonPath("$.vetoId")
        .isEqualTo(vetoId)
        .jsonPath("$.status")
        .isEqualTo("PROPOSED")
        .jsonPath("$.competentDepartment")
        .isEqualTo("PROV-EMERGENCY")
        .jsonPath("$.step.by")
        .isEqualTo("li.wei")
        .jsonPath("$.step.agency")
        .isEqualTo("PROV-ORG")
        .jsonPath("$.step.grounds")
        .isEqualTo("重大生产安全责任事故");

    decide(vetoId, "confirmation", "PROV-EMERGENCY", Map.of("opinion", "属责任事故，同意否决"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("CONFIRMED")
        .jsonPath("$.step.agency")
        .isEqualTo("PROV-EMERGENCY")
        .jsonPath("$.step.opinion")
        .isEqualTo("属责任事故，同意否决");

    List<Document> stored = storedEvents(vetoId);
    assertThat(stored)
        .extracting(e -> e.getString("payloadType"))
        .containsExactly(VetoProposedEvent.class.getName(), VetoConfirmedEvent.class.getName());
    assertThat(stored.get(1).getString("metaData"))
        .contains("\"principal\":\"li.wei\"", "\"agency\":\"PROV-EMERGENCY\"", "veto-req-1");

    TypedCloudEvent proposal = published.await(stored.get(0).getString("eventIdentifier"));
    assertThat(proposal.type()).isEqualTo("org.kaohe.assessment.VetoProposed");
    assertThat(proposal.subject()).isEqualTo("620100");
    assertThat(proposal.extension("agency")).isEqualTo("PROV-ORG");
    TypedCloudEvent confirmation = published.await(stored.get(1).getString("eventIdentifier"));
    assertThat(confirmation.type()).isEqualTo("org.kaohe.assessment.VetoConfirmed");
    assertThat(confirmation.extension("principal")).isEqualTo("li.wei");
    assertThat(((VetoConfirmedEvent) confirmation.data()).agency().value())
        .isEqualTo("PROV-EMERGENCY");

    awaitCase(vetoId)
        .jsonPath("$.status")
        .isEqualTo("CONFIRMED")
        .jsonPath("$.proposal.agency")
        .isEqualTo("PROV-ORG")
        .jsonPath("$.decision.step")
        .isEqualTo("CONFIRMED")
        .jsonPath("$.decision.agency")
        .isEqualTo("PROV-EMERGENCY")
        .jsonPath("$.decision.at")
        .isNotEmpty();
  }

  @Test
  void aRejectedVetoNeverTookEffectAndMayBeProposedAgainWithNewGrounds() {
    String vetoId = "veto:620200:2026:VETO-ENVIRONMENT";
    propose("PROV-INSPECTION", "620200", "VETO-ENVIRONMENT", "水源地污染").expectStatus().isCreated();
    decide(vetoId, "rejection", "PROV-ENV", Map.of("reason", "污染源不在本辖区"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("REJECTED")
        .jsonPath("$.step.reason")
        .isEqualTo("污染源不在本辖区");

    propose("PROV-ORG", "620200", "VETO-ENVIRONMENT", "复查确认污染源在本辖区").expectStatus().isCreated();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                get(VETOES + "/" + vetoId)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("PROPOSED")
                    .jsonPath("$.proposal.grounds")
                    .isEqualTo("复查确认污染源在本辖区")
                    .jsonPath("$.decision")
                    .doesNotExist()
                    .jsonPath("$.history[*].step")
                    .isEqualTo(List.of("PROPOSED", "REJECTED", "PROPOSED")));
  }

  @Test
  void aPendingOrConfirmedVetoIsNotProposedOrDecidedAgain() {
    String vetoId = "veto:620300:2026:VETO-AUDIT";
    propose("PROV-ORG", "620300", "VETO-AUDIT", "专项资金挪用").expectStatus().isCreated();
    expectProblem(propose("PROV-ORG", "620300", "VETO-AUDIT", "again"), 409)
        .jsonPath("$.detail")
        .isEqualTo(
            vetoId
                + " is already PROPOSED (it awaits the opinion of PROV-AUDIT); the item may be"
                + " proposed again only after a rejection")
        .jsonPath("$.currentStatus")
        .isEqualTo("PROPOSED");

    decide(vetoId, "confirmation", "PROV-AUDIT", Map.of()).expectStatus().isOk();
    expectProblem(
            decide(vetoId, "rejection", "PROV-AUDIT", Map.of("reason", "on second thought")), 409)
        .jsonPath("$.detail")
        .isEqualTo(vetoId + " is CONFIRMED; only a PROPOSED veto can be rejected")
        .jsonPath("$.currentStatus")
        .isEqualTo("CONFIRMED");

    assertThat(storedEvents(vetoId)).hasSize(2);
  }

  @Test
  void onlyTheCompetentDepartmentDecidesAndTheRefusalNamesIt() {
    String vetoId = "veto:620400:2026:VETO-SAFETY";
    propose("PROV-ORG", "620400", "VETO-SAFETY", "煤矿透水事故").expectStatus().isCreated();

    expectProblem(decide(vetoId, "confirmation", "PROV-ENV", Map.of()), 403)
        .jsonPath("$.detail")
        .isEqualTo(
            "agency PROV-ENV may not decide "
                + vetoId
                + "; only its competent department PROV-EMERGENCY may")
        .jsonPath("$.competentDepartment")
        .isEqualTo("PROV-EMERGENCY");

    assertThat(storedEvents(vetoId)).hasSize(1);
  }

  @Test
  void anAgencyThatMayNotProposeTheItemIsRefusedNamingWhoMay() {
    expectProblem(propose("PROV-STATS", "620500", "VETO-SAFETY", "事故"), 403)
        .jsonPath("$.detail")
        .isEqualTo(
            "agency PROV-STATS may not propose VETO-SAFETY (may propose: PROV-ORG,"
                + " PROV-SUPERVISION)");

    assertThat(storedEvents("veto:620500:2026:VETO-SAFETY")).isEmpty();
  }

  @Test
  void auditorsReadButCannotProposeOrDecide() {
    expectProblem(post(VETOES, "auditor", null, proposal("620600", "VETO-SAFETY", "事故")), 403);
    expectProblem(
        post(
            VETOES + "/veto:620600:2026:VETO-SAFETY/rejection",
            "auditor",
            null,
            Map.of("reason", "x")),
        403);
    get(VETOES + "?unitCode=620600").expectStatus().isOk().expectBody().jsonPath("$").isEmpty();

    assertThat(storedEvents("veto:620600:2026:VETO-SAFETY")).isEmpty();
  }

  @Test
  void aTokenWithoutAnAgencyCannotPropose() {
    expectProblem(post(VETOES, "admin", null, proposal("620600", "VETO-SAFETY", "事故")), 403)
        .jsonPath("$.detail")
        .isEqualTo("proposing a veto needs a token that names the proposing agency");
  }

  @Test
  void aRejectionWithoutAReasonIsInvalidNamingTheField() {
    String vetoId = "veto:620700:2026:VETO-PETITIONS";
    propose("PROV-ORG", "620700", "VETO-PETITIONS", "越级上访").expectStatus().isCreated();

    expectProblem(decide(vetoId, "rejection", "PROV-PETITIONS", Map.of("reason", " ")), 400)
        .jsonPath("$.errors[0].field")
        .isEqualTo("reason");
    expectProblem(decide(vetoId, "rejection", "PROV-PETITIONS", Map.of()), 400)
        .jsonPath("$.errors[0].field")
        .isEqualTo("reason");

    assertThat(storedEvents(vetoId)).hasSize(1);
  }

  @Test
  void aProposalOfAnUnknownUnitYearOrItemIsInvalidNamingEach() {
    expectProblem(
            post(
                VETOES,
                "agency",
                "PROV-ORG",
                Map.of(
                    "unitCode",
                    "999999",
                    "year",
                    2031,
                    "itemCode",
                    "VETO-NOTHING",
                    "grounds",
                    "x")),
            400)
        .jsonPath("$.errors[*].field")
        .isEqualTo(List.of("unitCode", "year", "itemCode"));
    expectProblem(post(VETOES, "agency", "PROV-ORG", Map.of("unitCode", "620800")), 400)
        .jsonPath("$.errors[*].field")
        .isEqualTo(List.of("grounds", "itemCode", "year"));
  }

  @Test
  void decidingAVetoNeverProposedIsNotFound() {
    expectProblem(
            decide("veto:620900:2026:VETO-SAFETY", "confirmation", "PROV-EMERGENCY", Map.of()), 404)
        .jsonPath("$.detail")
        .isEqualTo("no veto case veto:620900:2026:VETO-SAFETY");
    expectProblem(get(VETOES + "/veto:620900:2026:VETO-SAFETY"), 404);
  }

  @Test
  void decidingOnAPathThatCannotNameAVetoCaseIsNotFound() {
    expectProblem(
            decide("veto:620900:26:safety", "rejection", "PROV-EMERGENCY", Map.of("reason", "x")),
            404)
        .jsonPath("$.detail")
        .isEqualTo("no veto case veto:620900:26:safety");
  }

  @Test
  void theListShowsAUnitsCasesOfAYearWithWhoProposedAndWhoDecided() {
    propose("PROV-ORG", "621000", "VETO-SAFETY", "事故").expectStatus().isCreated();
    propose("PROV-ORG", "621000", "VETO-DISCIPLINE", "班子成员严重违纪").expectStatus().isCreated();
    decide("veto:621000:2026:VETO-DISCIPLINE", "confirmation", "PROV-DISCIPLINE", Map.of())
        .expectStatus()
        .isOk();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                get(VETOES + "?unitCode=621000&year=2026")
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$[*].itemCode")
                    .isEqualTo(List.of("VETO-DISCIPLINE", "VETO-SAFETY"))
                    .jsonPath("$[*].status")
                    .isEqualTo(List.of("CONFIRMED", "PROPOSED"))
                    .jsonPath("$[0].proposal.by")
                    .isEqualTo("li.wei")
                    .jsonPath("$[0].decision.agency")
                    .isEqualTo("PROV-DISCIPLINE")
                    .jsonPath("$[1].decision")
                    .doesNotExist());
  }

  @Test
  void anAdminRebuildsTheVetoCasesByReplay() {
    String vetoId = "veto:621100:2026:VETO-STABILITY";
    propose("PROV-PETITIONS", "621100", "VETO-STABILITY", "群体性事件").expectStatus().isCreated();
    awaitCase(vetoId);
    inDatabase(db -> db.getCollection("vetocases").deleteMany(new Document()));
    expectProblem(get(VETOES + "/" + vetoId), 404);

    client()
        .post()
        .uri("/api/assessment/admin/processors/veto-cases/replay")
        .header("Authorization", TestTokens.bearer("admin", null))
        .exchange()
        .expectStatus()
        .isAccepted();

    awaitCase(vetoId).jsonPath("$.proposal.agency").isEqualTo("PROV-PETITIONS");
  }

  @Test
  void aVetoCaseIsReadByItsProposerItsCompetentDepartmentAndTheOverseersOnly() {
    String vetoId = "veto:621200:2026:VETO-ENVIRONMENT";
    String one = VETOES + "/" + vetoId;
    String ofTheUnit = VETOES + "?unitCode=621200";
    propose("PROV-INSPECTION", "621200", "VETO-ENVIRONMENT", "水源地污染").expectStatus().isCreated();
    awaitCase(vetoId);

    for (String agency : List.of("PROV-INSPECTION", "PROV-ENV", "PROV-ORG")) {
      get("agency", agency, one).expectStatus().isOk();
      get("agency", agency, ofTheUnit)
          .expectBody()
          .jsonPath("$[*].vetoId")
          .isEqualTo(List.of(vetoId));
    }
    expectProblem(get("agency", "PROV-STATS", one), 404)
        .jsonPath("$.detail")
        .isEqualTo("no veto case " + vetoId);
    get("agency", "PROV-STATS", ofTheUnit).expectBody().jsonPath("$").isEmpty();
  }

  @Test
  void everyRoleReadsTheVetoItemsWithTheirCompetentDepartments() {
    get("dashboard", null, "/api/assessment/reference/veto-items")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.code == 'VETO-SAFETY')].competentDepartment")
        .isEqualTo(List.of("PROV-EMERGENCY"))
        .jsonPath("$[?(@.code == 'VETO-SAFETY')].proposedBy")
        .isEqualTo(List.of(List.of("PROV-ORG", "PROV-SUPERVISION")));
  }

  private WebTestClient.ResponseSpec propose(
      String agency, String unitCode, String itemCode, String grounds) {
    return post(VETOES, "agency", agency, proposal(unitCode, itemCode, grounds));
  }

  private WebTestClient.ResponseSpec decide(
      String vetoId, String decision, String agency, Map<String, String> body) {
    return post(VETOES + "/" + vetoId + "/" + decision, "agency", agency, body);
  }

  private static Map<String, Object> proposal(String unitCode, String itemCode, String grounds) {
    return Map.of("unitCode", unitCode, "year", 2026, "itemCode", itemCode, "grounds", grounds);
  }

  private WebTestClient.ResponseSpec post(String uri, String role, String agency, Object body) {
    return postJson(
        uri,
        TestTokens.bearer(role, agency),
        body,
        headers -> headers.set("X-Request-Id", "veto-req-1"));
  }

  private WebTestClient.ResponseSpec get(String uri) {
    return get("auditor", null, uri);
  }

  /** The case once the projection has it. */
  private WebTestClient.BodyContentSpec awaitCase(String vetoId) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> get(VETOES + "/" + vetoId).returnResult(String.class).getStatus().value() == 200);
    return get(VETOES + "/" + vetoId).expectStatus().isOk().expectBody();
  }

  private static WebTestClient.BodyContentSpec expectProblem(
      WebTestClient.ResponseSpec response, int status) {
    return response
        .expectStatus()
        .isEqualTo(status)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody();
  }
}

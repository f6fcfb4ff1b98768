package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.PoliticalRating;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Political-quality ratings, democratic evaluations and findings over HTTP: each recorded by the
 * agency responsible for it, checked against the reference data, stored and published.
 */
class RoundInputsIT extends ServiceIT {
  @RegisterExtension static final PublishedEvents published = new PublishedEvents();

  @Test
  void organizationDepartmentRatesACadresPoliticalQualityAndItIsPublished() {
    Map<String, Object> rating = rating("620100", "C-620100-1", "FAIRLY_GOOD");

    post("/political-ratings", "PROV-ORG", rating).expectStatus().isCreated();
    post("/political-ratings", "PROV-ORG", rating)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.changed")
        .isEqualTo(false);

    PoliticalQualityRatedEvent event = published.await(PoliticalQualityRatedEvent.class, "620100");
    assertThat(event.rating()).isEqualTo(PoliticalRating.FAIRLY_GOOD);
    assertThat(event.cadreCode().value()).isEqualTo("C-620100-1");
    assertThat(event.agency().value()).isEqualTo("PROV-ORG");
  }

  @Test
  void ratingByAnAgencyThatDoesNotRateIsRefusedNamingWhoDoes() {
    expectProblem(
        post("/political-ratings", "PROV-STATS", rating("620200", null, "GOOD")),
        403,
        "agency PROV-STATS may not submit political-quality ratings (responsible: PROV-ORG)");
    assertThat(storedEvents("620200-2026")).isEmpty();
  }

  @Test
  void changingARatingWithoutAReasonConflictsShowingTheCurrentRating() {
    post("/political-ratings", "PROV-ORG", rating("620300", null, "GOOD"))
        .expectStatus()
        .isCreated();

    post("/political-ratings", "PROV-ORG", rating("620300", null, "AVERAGE"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.current")
        .isEqualTo("GOOD");
    Map<String, Object> changed = rating("620300", null, "AVERAGE");
    changed.put("reason", "findings of the inspection tour");
    post("/political-ratings", "PROV-ORG", changed).expectStatus().isCreated();
  }

  @Test
  void democraticEvaluationIsRecordedPerRaterGroupAndBadTalliesAreNamed() {
    Map<String, Object> evaluation = new HashMap<>();
    evaluation.put("unitCode", "620400");
    evaluation.put("year", 2026);
    evaluation.put("raterGroup", "CADRES");
    evaluation.put("ballots", 120);
    evaluation.put("gradeCounts", Map.of("EXCELLENT", 78, "GOOD", 35, "AVERAGE", 6, "POOR", 1));
    evaluation.put("negativeVotes", 3);
    post("/democratic-evaluations", "PROV-ORG", evaluation).expectStatus().isCreated();
    assertThat(published.await(DemocraticEvaluationRecordedEvent.class, "620400").ballots())
        .isEqualTo(120);

    Map<String, Object> bad = new HashMap<>(evaluation);
    bad.put("cadreCode", "C-620400-1");
    bad.put("raterGroup", "NEIGHBOURS");
    bad.put("negativeVotes", 121);
    post("/democratic-evaluations", "PROV-ORG", bad)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[*].field")
        .value(
            fields ->
                assertThat(fields.toString())
                    .contains("raterGroup", "gradeCounts", "negativeVotes"));
  }

  @Test
  void auditRecordsAFindingOnceAndOnlyTheSourcesAgencyMay() {
    Map<String, Object> finding =
        finding(
            "620500",
            "AUDIT-2026-0147",
            "AUDIT",
            "SERIOUS",
            "special funds for rural roads diverted");
    finding.put("deduction", 1.5);

    expectProblem(
        post("/findings", "PROV-PETITIONS", finding),
        403,
        "agency PROV-PETITIONS may not submit findings of source AUDIT (responsible: PROV-AUDIT)");
    post("/findings", "PROV-AUDIT", finding).expectStatus().isCreated();
    post("/findings", "PROV-AUDIT", finding).expectStatus().isOk();
    Map<String, Object> different = new HashMap<>(finding);
    different.put("severity", "GRAVE");
    post("/findings", "PROV-AUDIT", different).expectStatus().isEqualTo(409);

    assertThat(published.await(FindingRecordedEvent.class, "620500").deduction())
        .isEqualByComparingTo("1.5");
    List<Document> stored = storedEvents("620500-2026");
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).getString("metaData")).contains("\"agency\":\"PROV-AUDIT\"");
  }

  @Test
  void twoAgenciesUseTheSameFindingIdWithoutMeetingEachOther() {
    Map<String, Object> audit =
        finding("620600", "F-2026-001", "AUDIT", "GRAVE", "special funds for rural roads diverted");
    Map<String, Object> inspection =
        finding(
            "620600", "F-2026-001", "INSPECTION_TOUR", "MINOR", "meetings held without minutes");

    post("/findings", "PROV-AUDIT", audit).expectStatus().isCreated();
    post("/findings", "PROV-INSPECTION", inspection).expectStatus().isCreated();
    Map<String, Object> changed = new HashMap<>(inspection);
    changed.put("summary", "meetings held without minutes, twice");
    expectProblem(
            post("/findings", "PROV-INSPECTION", changed),
            409,
            "finding F-2026-001 is already recorded and says something else; a finding is not"
                + " edited, record a new one")
        .jsonPath("$.current.summary")
        .isEqualTo("meetings held without minutes")
        .jsonPath("$.current.severity")
        .isEqualTo("MINOR");

    assertThat(storedEvents("620600-2026")).hasSize(2);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                get("auditor", null, "/api/assessment/rounds/620600/2026")
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.findings['PROV-AUDIT:F-2026-001'].severity")
                    .isEqualTo("GRAVE")
                    .jsonPath("$.findings['PROV-INSPECTION:F-2026-001'].severity")
                    .isEqualTo("MINOR"));
  }

  private static Map<String, Object> finding(
      String unit, String findingId, String source, String severity, String summary) {
    Map<String, Object> body = new HashMap<>();
    body.put("unitCode", unit);
    body.put("year", 2026);
    body.put("findingId", findingId);
    body.put("source", source);
    body.put("severity", severity);
    body.put("summary", summary);
    return body;
  }

  private static Map<String, Object> rating(String unit, String cadre, String rating) {
    Map<String, Object> body = new HashMap<>();
    body.put("unitCode", unit);
    body.put("year", 2026);
    if (cadre != null) {
      body.put("cadreCode", cadre);
    }
    body.put("rating", rating);
    body.put("basis", "democratic appraisal, positive and negative evaluation, talks");
    return body;
  }

  private WebTestClient.ResponseSpec post(String path, String agency, Object body) {
    return postJson("/api/assessment" + path, TestTokens.bearer("agency", agency), body);
  }
}

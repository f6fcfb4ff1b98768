package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The audit API over HTTP against the real embedded MongoDB server and Kafka broker, on one round
 * whose scores three agencies recorded, one of them corrected:
 *
 * <pre>
 * 0  HQD-ECONOMY     80     li.wei     PROV-STATS  request req-1
 * 1  PARTY-BUILDING  90     zhang.min  PROV-ORG
 * 2  HQD-ECONOMY     80→85  li.wei     PROV-STATS  request: batch "7", line 3
 * 3  ECOLOGY         70.25  wang.fang  PROV-ENV
 * </pre>
 *
 * and, in {@link ReopenedAfterItsDeadline}, a round with every other kind of input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIT extends ServiceIT {
  private static final String ROUND = "/api/assessment/audit/rounds/620100/2026";
  private static final String CORRECTION_REQUEST = "batch \"7\", line 3";
  private static final String CORRECTION_REASON = "GDP revised by the statistics bureau";

  /** The CSV's columns after the score columns, one kind of change's each. */
  private static final String OTHER_KINDS_COLUMNS =
      ",kind,rating,previous_rating,basis,rater_group,ballots,grade_counts,negative_votes,"
          + "replaces_earlier,finding_id,source,severity,summary,deduction,until";

  /** On a score's line: its kind, then the other kinds' columns, empty. */
  private static final String SCORE_TAIL = ",SCORE" + ",".repeat(14);

  @BeforeAll
  void recordTheRound() {
    record("li.wei", "PROV-STATS", "HQD-ECONOMY", "80", "req-1");
    record("zhang.min", "PROV-ORG", "PARTY-BUILDING", "90", null);
    record(
        "li.wei", "PROV-STATS", "HQD-ECONOMY", "85", CORRECTION_REQUEST, "80", CORRECTION_REASON);
    record("wang.fang", "PROV-ENV", "ECOLOGY", "70.25", null);
  }

  @Test
  void theHistoryListsEveryChangeOldestFirstWithWhoWhichAgencyAndRequest() {
    read("auditor", ROUND + "/history")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.roundId")
        .isEqualTo("620100-2026")
        .jsonPath("$.items[*].sequence")
        .isEqualTo(List.of(0, 1, 2, 3))
        .jsonPath("$.items[*].kind")
        .isEqualTo(List.of("SCORE", "SCORE", "SCORE", "SCORE"))
        .jsonPath("$.items[*].indicatorCode")
        .isEqualTo(List.of("HQD-ECONOMY", "PARTY-BUILDING", "HQD-ECONOMY", "ECOLOGY"))
        .jsonPath("$.items[*].principal")
        .isEqualTo(List.of("li.wei", "zhang.min", "li.wei", "wang.fang"))
        .jsonPath("$.items[*].agency")
        .isEqualTo(List.of("PROV-STATS", "PROV-ORG", "PROV-STATS", "PROV-ENV"))
        .jsonPath("$.items[0].previousValue")
        .isEmpty()
        .jsonPath("$.items[0].requestId")
        .isEqualTo("req-1")
        .jsonPath("$.items[2].previousValue")
        .isEqualTo(80)
        .jsonPath("$.items[2].value")
        .isEqualTo(85)
        .jsonPath("$.items[2].requestId")
        .isEqualTo(CORRECTION_REQUEST)
        .jsonPath("$.items[2].reason")
        .isEqualTo(CORRECTION_REASON)
        .jsonPath("$.items[3].value")
        .isEqualTo(70.25)
        .jsonPath("$.page")
        .isEqualTo(0)
        .jsonPath("$.size")
        .isEqualTo(50)
        .jsonPath("$.totalItems")
        .isEqualTo(4)
        .jsonPath("$.totalPages")
        .isEqualTo(1);
  }

  @Test
  void filtersByIndicatorAgencyAndTimeCombine() {
    List<Map<String, Object>> items = history();

    read("auditor", ROUND + "/history?indicator=HQD-ECONOMY&agency=PROV-STATS")
        .expectBody()
        .jsonPath("$.items[*].sequence")
        .isEqualTo(List.of(0, 2));
    read(
            "auditor",
            ROUND
                + "/history?from="
                + items.get(1).get("recordedAt")
                + "&to="
                + items.get(3).get("recordedAt"))
        .expectBody()
        .jsonPath("$.items[*].sequence")
        .isEqualTo(List.of(1, 2));
    read("auditor", ROUND + "/history?agency=PROV-AUDIT")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items")
        .isEmpty()
        .jsonPath("$.totalItems")
        .isEqualTo(0);
  }

  @Test
  void pagesAreCountedOverTheFilteredChanges() {
    read("auditor", ROUND + "/history?size=3&page=1")
        .expectBody()
        .jsonPath("$.items[*].sequence")
        .isEqualTo(List.of(3))
        .jsonPath("$.page")
        .isEqualTo(1)
        .jsonPath("$.size")
        .isEqualTo(3)
        .jsonPath("$.totalItems")
        .isEqualTo(4)
        .jsonPath("$.totalPages")
        .isEqualTo(2);
    read("auditor", ROUND + "/history?size=3&page=5")
        .expectBody()
        .jsonPath("$.items")
        .isEmpty()
        .jsonPath("$.totalPages")
        .isEqualTo(2);
  }

  @Test
  void theCsvExportHoldsTheSameChangesQuotedAsRfc4180Asks() {
    List<Map<String, Object>> items = history();

    String csv =
        read("auditor", ROUND + "/history.csv")
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType("text/csv;charset=UTF-8")
            .expectHeader()
            .valueEquals("Content-Disposition", "attachment; filename=\"620100-2026-history.csv\"")
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    assertThat(csv)
        .isEqualTo(
            "sequence,event_id,indicator_code,cadre_code,period,previous_value,value,principal,"
                + "agency,recorded_at,request_id,reason"
                + OTHER_KINDS_COLUMNS
                + "\r\n"
                + csvLine(
                    items.get(0), "0,%s,HQD-ECONOMY,,,,80,li.wei,PROV-STATS,%s,req-1," + SCORE_TAIL)
                + csvLine(
                    items.get(1), "1,%s,PARTY-BUILDING,,,,90,zhang.min,PROV-ORG,%s,," + SCORE_TAIL)
                + csvLine(
                    items.get(2),
                    "2,%s,HQD-ECONOMY,,,80,85,li.wei,PROV-STATS,%s,\"batch \"\"7\"\", line 3\","
                        + CORRECTION_REASON
                        + SCORE_TAIL)
                + csvLine(
                    items.get(3), "3,%s,ECOLOGY,,,,70.25,wang.fang,PROV-ENV,%s,," + SCORE_TAIL));
  }

  @Test
  void theCsvExportTakesTheSameFilters() {
    String csv =
        read("auditor", ROUND + "/history.csv?indicator=ECOLOGY")
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    assertThat(csv.split("\r\n")).hasSize(2);
    assertThat(csv).contains(",ECOLOGY,");
  }

  @Test
  void asOfASequenceShowsTheRoundBeforeTheCorrectionAndAfterIt() {
    read("auditor", ROUND + "/as-of?sequence=1")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.roundId")
        .isEqualTo("620100-2026")
        .jsonPath("$.asOf.sequence")
        .isEqualTo(1)
        .jsonPath("$.lastSequence")
        .isEqualTo(1)
        .jsonPath("$.scores.HQD-ECONOMY.value")
        .isEqualTo(80)
        .jsonPath("$.scores.HQD-ECONOMY.sequence")
        .isEqualTo(0)
        .jsonPath("$.scores.PARTY-BUILDING.recordedBy")
        .isEqualTo("zhang.min")
        .jsonPath("$.scores.PARTY-BUILDING.agency")
        .isEqualTo("PROV-ORG")
        .jsonPath("$.scores.ECOLOGY")
        .doesNotExist();
    read("auditor", ROUND + "/as-of?sequence=2")
        .expectBody()
        .jsonPath("$.scores.HQD-ECONOMY.value")
        .isEqualTo(85)
        .jsonPath("$.scores.HQD-ECONOMY.sequence")
        .isEqualTo(2);
  }

  @Test
  void asOfAnInstantBetweenTwoChangesShowsTheRoundAsTheEarlierLeftIt() {
    List<Map<String, Object>> items = history();
    Instant first = Instant.parse((String) items.get(1).get("recordedAt"));
    Instant second = Instant.parse((String) items.get(2).get("recordedAt"));
    Instant between = first.plus(Duration.between(first, second).dividedBy(2));

    read("auditor", ROUND + "/as-of?at=" + between)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.asOf.at")
        .isEqualTo(between.toString())
        .jsonPath("$.lastSequence")
        .isEqualTo(1)
        .jsonPath("$.scores.HQD-ECONOMY.value")
        .isEqualTo(80)
        .jsonPath("$.scores.PARTY-BUILDING.recordedAt")
        .isEqualTo(first.toString());
  }

  @Test
  void beforeItsFirstChangeTheRoundHadNoRecordedInputs() {
    Instant before = Instant.parse((String) history().get(0).get("recordedAt")).minusMillis(1);

    expectProblem(
        read("auditor", ROUND + "/as-of?at=" + before),
        404,
        "round 620100-2026 had no recorded inputs at " + before);
  }

  @Test
  void aRoundWithoutRecordedInputsIsNotFound() {
    String empty = "/api/assessment/audit/rounds/620200/2026";

    expectProblem(
        read("auditor", empty + "/history"), 404, "no recorded inputs for round 620200-2026");
    expectProblem(
        read("auditor", empty + "/history.csv"), 404, "no recorded inputs for round 620200-2026");
    expectProblem(
        read("auditor", empty + "/as-of?sequence=0"),
        404,
        "no recorded inputs for round 620200-2026");
  }

  @Test
  void badParametersAreRejectedNamingEachOne() {
    expectProblem(
        read("auditor", "/api/assessment/audit/rounds/lanzhou/2026/history"),
        400,
        "unitCode must be a unit code such as 620100 or GS-D01 (2-32 upper-case letters, digits"
            + " or '-'), got: lanzhou");
    expectProblem(
        read("auditor", "/api/assessment/audit/rounds/620100/1999/history.csv"),
        400,
        "year must be a year from 2000 to 2100, got: 1999");
    expectProblem(
        read("auditor", ROUND + "/history?from=yesterday"),
        400,
        "from must be an ISO-8601 instant such as 2026-12-01T09:00:00Z, got: yesterday");
    expectProblem(
        read("auditor", ROUND + "/history?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z"),
        400,
        "from must be before to, got from=2026-12-02T00:00:00Z and to=2026-12-01T00:00:00Z");
    expectProblem(
        read("auditor", ROUND + "/history?size=501"),
        400,
        "size must be a whole number from 1 to 500, got: 501");
    expectProblem(
        read("auditor", ROUND + "/as-of?at=2026-12-01T00:00:00Z&sequence=1"),
        400,
        "give either at or sequence, not both");
    expectProblem(
            read("auditor", ROUND + "/history.csv?kind=SCORE,RATING"),
            400,
            "kind must be one of SCORE, POLITICAL_RATING, DEMOCRATIC_EVALUATION, FINDING,"
                + " REOPENING, got: RATING")
        .jsonPath("$.errors[0].field")
        .isEqualTo("kind");
    read("auditor", ROUND + "/history?page=-1&size=0")
        .expectBody()
        .jsonPath("$.errors[*].field")
        .isEqualTo(List.of("page", "size"));
  }

  @Test
  void adminsReadTheAuditTrailToo() {
    read("admin", ROUND + "/history").expectStatus().isOk();
  }

  @Test
  void agenciesMayNotReadTheAuditTrail() {
    get("agency", "PROV-STATS", ROUND + "/history")
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("This request needs the role auditor or admin.");
  }

  @Test
  void nobodyWritesToTheAuditTrail() {
    client()
        .post()
        .uri(ROUND + "/history")
        .header("Authorization", TestTokens.bearer("chen.jie", "admin", "PROV-STATS"))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void withoutATokenTheAuditTrailIsClosed() {
    client()
        .get()
        .uri(ROUND + "/history")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  /**
   * After its deadline an administrator reopened Lanzhou's round, and every other kind of input was
   * recorded through its own endpoint, by the agency that submits it:
   *
   * <pre>
   * 0  REOPENING              until 10 April 2027                chen.jie   (admin)
   * 1  POLITICAL_RATING       the unit GOOD                      zhang.min  PROV-ORG    request rating-1
   * 2  POLITICAL_RATING       the unit GOOD→AVERAGE, a reason    zhang.min  PROV-ORG
   * 3  DEMOCRATIC_EVALUATION  C-620100-1 by CADRES, 40 ballots   zhang.min  PROV-ORG
   * 4  FINDING                AUDIT-2026-0147 (sent twice)       sun.li     PROV-AUDIT
   * 5  SCORE                  HQD-ECONOMY 80                     li.wei     PROV-STATS
   * </pre>
   */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @TestPropertySource(properties = "kaohe.assessment.clock-start=2027-04-02T01:00:00Z")
  class ReopenedAfterItsDeadline extends ServiceIT {
    private static final String REOPENING_REASON = "inputs the inspection tour delayed";
    private static final String RERATING_REASON = "findings of the inspection tour";
    private static final String EVALUATION = "C-620100-1:CADRES";
    private static final String FINDING = "AUDIT-2026-0147";
    private static final String CSV_HEADER =
        "sequence,event_id,indicator_code,cadre_code,period,previous_value,value,principal,"
            + "agency,recorded_at,request_id,reason"
            + OTHER_KINDS_COLUMNS
            + "\r\n";

    @BeforeAll
    void recordEveryKindOfInput() {
      submit(
              "/admin/rounds/620100/2026/reopening",
              TestTokens.bearer("chen.jie", "admin", null),
              Map.of("until", "2027-04-10T00:00:00Z", "reason", REOPENING_REASON),
              "reopening-1")
          .expectStatus()
          .isCreated();
      submit("/political-ratings", org(), rating("GOOD", null), "rating-1")
          .expectStatus()
          .isCreated();
      submit("/political-ratings", org(), rating("AVERAGE", RERATING_REASON), null)
          .expectStatus()
          .isCreated();
      submit("/democratic-evaluations", org(), evaluation(), null).expectStatus().isCreated();
      String audit = TestTokens.bearer("sun.li", "agency", "PROV-AUDIT");
      submit("/findings", audit, finding(), null).expectStatus().isCreated();
      submit("/findings", audit, finding(), null).expectStatus().isOk();
      submit(
              "/scores",
              TestTokens.bearer("li.wei", "agency", "PROV-STATS"),
              score("620100", 2026, "HQD-ECONOMY", 80),
              null)
          .expectStatus()
          .isCreated();
    }

    @Test
    void theHistoryNamesEachChangesKindAndWhatItChanged() {
      audit("/history")
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.items[*].sequence")
          .isEqualTo(List.of(0, 1, 2, 3, 4, 5))
          .jsonPath("$.items[*].kind")
          .isEqualTo(
              List.of(
                  "REOPENING",
                  "POLITICAL_RATING",
                  "POLITICAL_RATING",
                  "DEMOCRATIC_EVALUATION",
                  "FINDING",
                  "SCORE"))
          .jsonPath("$.items[*].principal")
          .isEqualTo(List.of("chen.jie", "zhang.min", "zhang.min", "zhang.min", "sun.li", "li.wei"))
          .jsonPath("$.items[0].until")
          .isEqualTo("2027-04-10T00:00:00Z")
          .jsonPath("$.items[0].reason")
          .isEqualTo(REOPENING_REASON)
          .jsonPath("$.items[0].agency")
          .isEmpty()
          .jsonPath("$.items[0].requestId")
          .isEqualTo("reopening-1")
          .jsonPath("$.items[1].rating")
          .isEqualTo("GOOD")
          .jsonPath("$.items[1].requestId")
          .isEqualTo("rating-1")
          .jsonPath("$.items[1].basis")
          .isEqualTo("democratic appraisal and talks")
          .jsonPath("$.items[2].rating")
          .isEqualTo("AVERAGE")
          .jsonPath("$.items[2].previousRating")
          .isEqualTo("GOOD")
          .jsonPath("$.items[2].reason")
          .isEqualTo(RERATING_REASON)
          .jsonPath("$.items[3].cadreCode")
          .isEqualTo("C-620100-1")
          .jsonPath("$.items[3].raterGroup")
          .isEqualTo("CADRES")
          .jsonPath("$.items[3].ballots")
          .isEqualTo(40)
          .jsonPath("$.items[3].gradeCounts.EXCELLENT")
          .isEqualTo(30)
          .jsonPath("$.items[3].negativeVotes")
          .isEqualTo(2)
          .jsonPath("$.items[3].agency")
          .isEqualTo("PROV-ORG")
          .jsonPath("$.items[4].findingId")
          .isEqualTo(FINDING)
          .jsonPath("$.items[4].source")
          .isEqualTo("AUDIT")
          .jsonPath("$.items[4].severity")
          .isEqualTo("SERIOUS")
          .jsonPath("$.items[4].deduction")
          .isEqualTo(1.5)
          .jsonPath("$.items[4].agency")
          .isEqualTo("PROV-AUDIT")
          .jsonPath("$.items[5].indicatorCode")
          .isEqualTo("HQD-ECONOMY")
          .jsonPath("$.items[5].value")
          .isEqualTo(80);
    }

    @Test
    void kindsAreFilteredRepeatedOrCommaSeparatedAndAnIndicatorMeansScores() {
      audit("/history?kind=POLITICAL_RATING,FINDING")
          .expectBody()
          .jsonPath("$.items[*].sequence")
          .isEqualTo(List.of(1, 2, 4))
          .jsonPath("$.totalItems")
          .isEqualTo(3);
      audit("/history?kind=REOPENING&kind=SCORE")
          .expectBody()
          .jsonPath("$.items[*].sequence")
          .isEqualTo(List.of(0, 5));
      audit("/history?indicator=HQD-ECONOMY")
          .expectBody()
          .jsonPath("$.items[*].sequence")
          .isEqualTo(List.of(5));
      audit("/history?agency=PROV-ORG&kind=DEMOCRATIC_EVALUATION")
          .expectBody()
          .jsonPath("$.items[*].sequence")
          .isEqualTo(List.of(3));
    }

    @Test
    void theCsvExportAppendsEachKindsColumnsAndTakesTheKindFilter() {
      List<Map<String, Object>> items = items();

      assertThat(csv("/history.csv?kind=REOPENING,DEMOCRATIC_EVALUATION,FINDING"))
          .isEqualTo(
              CSV_HEADER
                  + csvLine(
                      items.get(0),
                      "0,%s,,,,,,chen.jie,,%s,reopening-1,"
                          + REOPENING_REASON
                          + ",REOPENING,,,,,,,,,,,,,,2027-04-10T00:00:00Z")
                  + csvLine(
                      items.get(3),
                      "3,%s,,C-620100-1,,,,zhang.min,PROV-ORG,%s,,,DEMOCRATIC_EVALUATION,,,,CADRES,40,"
                          + "BASICALLY_COMPETENT=1;COMPETENT=8;EXCELLENT=30;INCOMPETENT=1,2,false,,,,,,")
                  + csvLine(
                      items.get(4),
                      "4,%s,,,,,,sun.li,PROV-AUDIT,%s,,,FINDING,,,,,,,,,"
                          + FINDING
                          + ",AUDIT,SERIOUS,special funds for rural roads diverted,1.5,"));
      assertThat(csv("/history.csv?kind=POLITICAL_RATING"))
          .isEqualTo(
              CSV_HEADER
                  + csvLine(
                      items.get(1),
                      "1,%s,,,,,,zhang.min,PROV-ORG,%s,rating-1,,POLITICAL_RATING,GOOD,,"
                          + "democratic appraisal and talks,,,,,,,,,,,")
                  + csvLine(
                      items.get(2),
                      "2,%s,,,,,,zhang.min,PROV-ORG,%s,,"
                          + RERATING_REASON
                          + ",POLITICAL_RATING,AVERAGE,GOOD,democratic appraisal and talks"
                          + ",,,,,,,,,,,"));
      assertThat(csv("/history.csv").split("\r\n")).hasSize(7);
    }

    @Test
    void asOfTheReopeningTheRoundHadOnlyThat() {
      audit("/as-of?sequence=0")
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.lastSequence")
          .isEqualTo(0)
          .jsonPath("$.reopened.until")
          .isEqualTo("2027-04-10T00:00:00Z")
          .jsonPath("$.reopened.recordedBy")
          .isEqualTo("chen.jie")
          .jsonPath("$.reopened.reason")
          .isEqualTo(REOPENING_REASON)
          .jsonPath("$.scores")
          .isEmpty()
          .jsonPath("$.ratings")
          .isEmpty()
          .jsonPath("$.evaluations")
          .isEmpty()
          .jsonPath("$.findings")
          .isEmpty();
    }

    @Test
    void asOfASequenceTheLaterRatingHasReplacedTheEarlier() {
      audit("/as-of?sequence=2")
          .expectBody()
          .jsonPath("$.ratings.UNIT.rating")
          .isEqualTo("AVERAGE")
          .jsonPath("$.ratings.UNIT.previousRating")
          .isEqualTo("GOOD")
          .jsonPath("$.ratings.UNIT.sequence")
          .isEqualTo(2)
          .jsonPath("$.ratings.UNIT.reason")
          .isEqualTo(RERATING_REASON)
          .jsonPath("$.ratings.UNIT.agency")
          .isEqualTo("PROV-ORG")
          .jsonPath("$.evaluations")
          .isEmpty();
      audit("/as-of?sequence=1").expectBody().jsonPath("$.ratings.UNIT.rating").isEqualTo("GOOD");
    }

    @Test
    void asOfTheLastChangeEveryInputStandsWithWhoSetIt() {
      audit("/as-of?sequence=5")
          .expectBody()
          .jsonPath("$.lastSequence")
          .isEqualTo(5)
          .jsonPath("$.evaluations['" + EVALUATION + "'].ballots")
          .isEqualTo(40)
          .jsonPath("$.evaluations['" + EVALUATION + "'].gradeCounts.COMPETENT")
          .isEqualTo(8)
          .jsonPath("$.evaluations['" + EVALUATION + "'].recordedBy")
          .isEqualTo("zhang.min")
          .jsonPath("$.findings['PROV-AUDIT:" + FINDING + "'].severity")
          .isEqualTo("SERIOUS")
          .jsonPath("$.findings['PROV-AUDIT:" + FINDING + "'].sequence")
          .isEqualTo(4)
          .jsonPath("$.findings['PROV-AUDIT:" + FINDING + "'].agency")
          .isEqualTo("PROV-AUDIT")
          .jsonPath("$.scores.HQD-ECONOMY.value")
          .isEqualTo(80)
          .jsonPath("$.reopened.sequence")
          .isEqualTo(0);
    }

    private WebTestClient.ResponseSpec submit(
        String path, String authorization, Object body, String requestId) {
      return postJson(
          "/api/assessment" + path, authorization, body, optionalHeader("X-Request-Id", requestId));
    }

    private WebTestClient.ResponseSpec audit(String path) {
      return client()
          .get()
          .uri(ROUND + path)
          .header("Authorization", TestTokens.bearer("zhao.lei", "auditor", null))
          .exchange();
    }

    private String csv(String path) {
      return audit(path)
          .expectStatus()
          .isOk()
          .expectBody(String.class)
          .returnResult()
          .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items() {
      Map<String, Object> page =
          audit("/history").expectBody(Map.class).returnResult().getResponseBody();
      return (List<Map<String, Object>>) page.get("items");
    }

    private static String org() {
      return TestTokens.bearer("zhang.min", "agency", "PROV-ORG");
    }

    private static Map<String, Object> rating(String rating, String reason) {
      Map<String, Object> body =
          lanzhou(Map.of("rating", rating, "basis", "democratic appraisal and talks"));
      if (reason != null) {
        body.put("reason", reason);
      }
      return body;
    }

    private static Map<String, Object> evaluation() {
      return lanzhou(
          Map.of(
              "cadreCode",
              "C-620100-1",
              "raterGroup",
              "CADRES",
              "ballots",
              40,
              "gradeCounts",
              Map.of("EXCELLENT", 30, "COMPETENT", 8, "BASICALLY_COMPETENT", 1, "INCOMPETENT", 1),
              "negativeVotes",
              2));
    }

    private static Map<String, Object> finding() {
      return lanzhou(
          Map.of(
              "findingId",
              FINDING,
              "source",
              "AUDIT",
              "severity",
              "SERIOUS",
              "summary",
              "special funds for rural roads diverted",
              "deduction",
              1.5));
    }

    /** A request body about Lanzhou's 2026 round. */
    private static Map<String, Object> lanzhou(Map<String, Object> fields) {
      Map<String, Object> body = new HashMap<>(fields);
      body.put("unitCode", "620100");
      body.put("year", 2026);
      return body;
    }
  }

  /**
   * Stored timestamps have millisecond precision: each change waits for the next millisecond, so
   * that an instant between two changes exists.
   */
  private void record(
      String principal, String agency, String indicator, String value, String requestId) {
    record(principal, agency, indicator, value, requestId, null, null);
  }

  private void record(
      String principal,
      String agency,
      String indicator,
      String value,
      String requestId,
      String replaces,
      String reason) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("unitCode", "620100");
    body.put("year", 2026);
    body.put("indicatorCode", indicator);
    body.put("value", new BigDecimal(value));
    if (replaces != null) {
      body.put("replaces", new BigDecimal(replaces));
    }
    if (reason != null) {
      body.put("reason", reason);
    }
    postJson(
            SCORES,
            TestTokens.bearer(principal, "agency", agency),
            body,
            optionalHeader("X-Request-Id", requestId))
        .expectStatus()
        .isCreated();
    Instant recorded = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    await()
        .pollInterval(Duration.ofMillis(1))
        .until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(recorded));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> history() {
    Map<String, Object> page =
        read("auditor", ROUND + "/history").expectBody(Map.class).returnResult().getResponseBody();
    return (List<Map<String, Object>>) page.get("items");
  }

  private static String csvLine(Map<String, Object> item, String format) {
    return String.format(format, item.get("eventId"), item.get("recordedAt")) + "\r\n";
  }

  private WebTestClient.ResponseSpec read(String role, String uri) {
    return client()
        .get()
        .uri(uri)
        .header("Authorization", TestTokens.bearer("zhao.lei", role, null))
        .exchange();
  }
}

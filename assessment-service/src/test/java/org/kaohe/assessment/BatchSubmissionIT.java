package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Batches of scores over HTTP against the real embedded MongoDB server and Kafka broker: each item
 * is recorded or refused on its own, exactly as a single request would be.
 */
@TestPropertySource(properties = "kaohe.assessment.batch.max-items=" + BatchSubmissionIT.MAX_ITEMS)
class BatchSubmissionIT extends ServiceIT {
  static final int MAX_ITEMS = 6;

  @Test
  void eachItemOfAJsonBatchIsRecordedOrRefusedOnItsOwnAndOnlyTheGoodOnesAreStored() {
    postScore("agency", "PROV-STATS", score("620300", 2026, "HQD-ECONOMY", 70))
        .expectStatus()
        .isCreated();

    batch(
            MediaType.APPLICATION_JSON,
            List.of(
                item("good-1", "620100", "HQD-ECONOMY", 87.5),
                item("off-scale", "620200", "HQD-ECONOMY", 101),
                item("overwrite", "620300", "HQD-ECONOMY", 75),
                item("not-ours", "620100", "ECOLOGY", 80),
                item("good-2", "620400", "HQD-LIVELIHOOD", 66)))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.summary.recorded")
        .isEqualTo(2)
        .jsonPath("$.summary.unchanged")
        .isEqualTo(0)
        .jsonPath("$.summary.refused")
        .isEqualTo(3)
        .jsonPath("$.items[*].itemId")
        .isEqualTo(List.of("good-1", "off-scale", "overwrite", "not-ours", "good-2"))
        .jsonPath("$.items[*].status")
        .isEqualTo(List.of(201, 400, 409, 403, 201))
        .jsonPath("$.items[0].result.roundId")
        .isEqualTo("620100-2026")
        .jsonPath("$.items[0].result.changed")
        .isEqualTo(true)
        .jsonPath("$.items[1].problem.status")
        .isEqualTo(400)
        .jsonPath("$.items[1].problem.errors[0].field")
        .isEqualTo("value")
        .jsonPath("$.items[1].problem.errors[0].message")
        .isEqualTo(
            "value 101 is outside the scale of HQD-ECONOMY: 0 to 100 with at most 2 decimals")
        .jsonPath("$.items[2].problem.title")
        .isEqualTo("Conflict with a recorded input")
        .jsonPath("$.items[2].problem.current.value")
        .isEqualTo(70.0)
        .jsonPath("$.items[3].problem.detail")
        .isEqualTo("agency PROV-STATS may not submit ECOLOGY for 620100 (responsible: PROV-ENV)")
        .jsonPath("$.items[4].result.value")
        .isEqualTo(66);

    assertThat(storedEvents("620100-2026")).hasSize(1);
    assertThat(storedEvents("620100-2026").get(0).getString("metaData"))
        .contains("\"clientRequestId\":\"good-1\"", "\"agency\":\"PROV-STATS\"");
    assertThat(storedEvents("620200-2026")).isEmpty();
    assertThat(storedEvents("620300-2026")).hasSize(1);
    assertThat(storedEvents("620400-2026")).hasSize(1);
  }

  @Test
  void aMalformedNdjsonLineIsOnlyThatItemsProblemNamingItsLine() {
    batch(
            MediaType.APPLICATION_NDJSON,
            """
            {"itemId":"n-1","unitCode":"620500","year":2026,"indicatorCode":"HQD-ECONOMY","value":61}
            {"itemId":"n-2","unitCode":"620600","year":2026,"indicatorCode":"HQD-ECONOMY",value:62}

            {"itemId":"n-3","unitCode":"620700","year":2026,"indicatorCode":"HQD-ECONOMY","value":63}
            """)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[*].status")
        .isEqualTo(List.of(201, 400, 201))
        .jsonPath("$.items[*].line")
        .isEqualTo(List.of(1, 2, 4))
        .jsonPath("$.items[1].itemId")
        .doesNotExist()
        .jsonPath("$.items[1].problem.detail")
        .value(detail -> assertThat((String) detail).startsWith("line 2 is not valid JSON"))
        .jsonPath("$.items[2].itemId")
        .isEqualTo("n-3");

    assertThat(storedEvents("620500-2026")).hasSize(1);
    assertThat(storedEvents("620600-2026")).isEmpty();
    assertThat(storedEvents("620700-2026")).hasSize(1);
  }

  @Test
  void aBatchOverTheLimitIsRefusedWhole() {
    StringBuilder lines = new StringBuilder();
    for (int item = 0; item <= MAX_ITEMS; item++) {
      lines.append(
          "{\"itemId\":\"big-%d\",\"unitCode\":\"620800\",\"year\":2026,\"indicatorCode\":\"HQD-ECONOMY\",\"value\":%d}\n"
              .formatted(item, 50 + item));
    }

    expectProblem(
            batch(MediaType.APPLICATION_NDJSON, lines.toString()),
            413,
            "a batch may hold at most "
                + MAX_ITEMS
                + " items; split it into several submissions (nothing was recorded)")
        .jsonPath("$.maxItems")
        .isEqualTo(MAX_ITEMS);
    assertThat(storedEvents("620800-2026")).isEmpty();
  }

  @Test
  void aScoreAndItsCorrectionInOneBatchAreAppliedInOrderAndAuditedWithTheirItemIds() {
    batch(
            MediaType.APPLICATION_JSON,
            List.of(
                item("first", "620900", "HQD-ECONOMY", 70),
                item("elsewhere", "621000", "HQD-ECONOMY", 50),
                correction("correction", "620900", 72, 70, "revised GDP figure"),
                item("same-again", "620900", "HQD-ECONOMY", 72)))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[*].status")
        .isEqualTo(List.of(201, 201, 201, 200))
        .jsonPath("$.items[2].result.previousValue")
        .isEqualTo(70)
        .jsonPath("$.summary.unchanged")
        .isEqualTo(1);

    get("auditor", null, "/api/assessment/audit/rounds/620900/2026/history")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[*].requestId")
        .isEqualTo(List.of("first", "correction"))
        .jsonPath("$.items[*].value")
        .isEqualTo(List.of(70, 72))
        .jsonPath("$.items[1].reason")
        .isEqualTo("revised GDP figure");
  }

  @Test
  void onlyATokenNamingAnAgencySubmitsABatch() {
    String body = "[{\"itemId\":\"a\"}]";
    batchAs("auditor", null, MediaType.APPLICATION_JSON, body).expectStatus().isForbidden();
    expectProblem(
        batchAs("admin", null, MediaType.APPLICATION_JSON, body),
        403,
        "submitting assessment inputs needs a token that names the submitting agency");
  }

  @Test
  void aBodyThatIsNotAJsonArrayIsRefusedWhole() {
    expectProblem(
        batch(MediaType.APPLICATION_JSON, "{\"itemId\":\"a\"}"),
        400,
        "a JSON batch must be an array of items");
  }

  private WebTestClient.ResponseSpec batch(MediaType type, Object body) {
    return batchAs("agency", "PROV-STATS", type, body);
  }

  private WebTestClient.ResponseSpec batchAs(
      String role, String agency, MediaType type, Object body) {
    return client()
        .post()
        .uri("/api/assessment/scores/batch")
        .header("Authorization", TestTokens.bearer(role, agency))
        .contentType(type)
        .bodyValue(body)
        .exchange();
  }

  /** A batch item: a unit's 2026 score of the indicator, with the item's id. */
  private static Map<String, Object> item(
      String itemId, String unit, String indicator, Number value) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("itemId", itemId);
    item.put("unitCode", unit);
    item.put("year", 2026);
    item.put("indicatorCode", indicator);
    item.put("value", value);
    return item;
  }

  private static Map<String, Object> correction(
      String itemId, String unit, Number value, Number replaces, String reason) {
    Map<String, Object> item = item(itemId, unit, "HQD-ECONOMY", value);
    item.put("replaces", replaces);
    item.put("reason", reason);
    return item;
  }
}

package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Batches of scores over HTTP against the real embedded MongoDB server and Kafka broker: each item
 * is recorded or refused on its own, exactly as a single request would be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatchSubmissionIT {
  private static final String DATABASE = "batch-it-" + System.nanoTime();
  private static final int MAX_ITEMS = 6;

  @Value("${local.server.port}")
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ServiceUnderTest.useEmbeddedInfrastructure(registry, DATABASE);
    registry.add("kaohe.assessment.batch.max-items", () -> MAX_ITEMS);
  }

  @Test
  void eachItemOfAJsonBatchIsRecordedOrRefusedOnItsOwnAndOnlyTheGoodOnesAreStored() {
    ServiceUnderTest.postScore(
            port, "agency", "PROV-STATS", ServiceUnderTest.score("620300", 2026, "HQD-ECONOMY", 70))
        .expectStatus()
        .isCreated();

    batch(
            MediaType.APPLICATION_JSON,
            """
            [{"itemId": "good-1", "unitCode": "620100", "year": 2026,
              "indicatorCode": "HQD-ECONOMY", "value": 87.5},
             {"itemId": "off-scale", "unitCode": "620200", "year": 2026,
              "indicatorCode": "HQD-ECONOMY", "value": 101},
             {"itemId": "overwrite", "unitCode": "620300", "year": 2026,
              "indicatorCode": "HQD-ECONOMY", "value": 75},
             {"itemId": "not-ours", "unitCode": "620100", "year": 2026,
              "indicatorCode": "ECOLOGY", "value": 80},
             {"itemId": "good-2", "unitCode": "620400", "year": 2026,
              "indicatorCode": "HQD-LIVELIHOOD", "value": 66}]
            """)
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

    assertThat(stored("620100-2026")).hasSize(1);
    assertThat(stored("620100-2026").get(0).getString("metaData"))
        .contains("\"clientRequestId\":\"good-1\"", "\"agency\":\"PROV-STATS\"");
    assertThat(stored("620200-2026")).isEmpty();
    assertThat(stored("620300-2026")).hasSize(1);
    assertThat(stored("620400-2026")).hasSize(1);
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

    assertThat(stored("620500-2026")).hasSize(1);
    assertThat(stored("620600-2026")).isEmpty();
    assertThat(stored("620700-2026")).hasSize(1);
  }

  @Test
  void aBatchOverTheLimitIsRefusedWhole() {
    StringBuilder lines = new StringBuilder();
    for (int item = 0; item <= MAX_ITEMS; item++) {
      lines.append(
          "{\"itemId\":\"big-%d\",\"unitCode\":\"620800\",\"year\":2026,\"indicatorCode\":\"HQD-ECONOMY\",\"value\":%d}\n"
              .formatted(item, 50 + item));
    }

    ServiceUnderTest.expectProblem(
            batch(MediaType.APPLICATION_NDJSON, lines.toString()),
            413,
            "a batch may hold at most "
                + MAX_ITEMS
                + " items; split it into several submissions (nothing was recorded)")
        .jsonPath("$.maxItems")
        .isEqualTo(MAX_ITEMS);
    assertThat(stored("620800-2026")).isEmpty();
  }

  @Test
  void aScoreAndItsCorrectionInOneBatchAreAppliedInOrderAndAuditedWithTheirItemIds() {
    batch(
            MediaType.APPLICATION_JSON,
            """
            [{"itemId": "first", "unitCode": "620900", "year": 2026,
              "indicatorCode": "HQD-ECONOMY", "value": 70},
             {"itemId": "elsewhere", "unitCode": "621000", "year": 2026,
              "indicatorCode": "HQD-ECONOMY", "value": 50},
             {"itemId": "correction", "unitCode": "620900", "year": 2026,
              "indicatorCode": "HQD-ECONOMY", "value": 72, "replaces": 70,
              "reason": "revised GDP figure"},
             {"itemId": "same-again", "unitCode": "620900", "year": 2026,
              "indicatorCode": "HQD-ECONOMY", "value": 72}]
            """)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[*].status")
        .isEqualTo(List.of(201, 201, 201, 200))
        .jsonPath("$.items[2].result.previousValue")
        .isEqualTo(70)
        .jsonPath("$.summary.unchanged")
        .isEqualTo(1);

    ServiceUnderTest.client(port)
        .get()
        .uri("/api/assessment/audit/rounds/620900/2026/history")
        .header("Authorization", TestTokens.bearer("auditor", null))
        .exchange()
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
    ServiceUnderTest.expectProblem(
        batchAs("admin", null, MediaType.APPLICATION_JSON, body),
        403,
        "submitting assessment inputs needs a token that names the submitting agency");
  }

  @Test
  void aBodyThatIsNotAJsonArrayIsRefusedWhole() {
    ServiceUnderTest.expectProblem(
        batch(MediaType.APPLICATION_JSON, "{\"itemId\":\"a\"}"),
        400,
        "a JSON batch must be an array of items");
  }

  private WebTestClient.ResponseSpec batch(MediaType type, String body) {
    return batchAs("agency", "PROV-STATS", type, body);
  }

  private WebTestClient.ResponseSpec batchAs(
      String role, String agency, MediaType type, String body) {
    return ServiceUnderTest.client(port)
        .post()
        .uri("/api/assessment/scores/batch")
        .header("Authorization", TestTokens.bearer(role, agency))
        .contentType(type)
        .bodyValue(body)
        .exchange();
  }

  private static List<Document> stored(String roundId) {
    return ServiceUnderTest.storedEvents(DATABASE, roundId);
  }
}

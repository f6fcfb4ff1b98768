package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Retries with an {@code Idempotency-Key} over HTTP, against the real embedded MongoDB server and
 * Kafka broker: the same request is answered from the key, byte for byte, and recorded once.
 */
class IdempotencyIT extends ServiceIT {
  private static final String REPLAYED = "Idempotency-Replayed";
  @RegisterExtension static final PublishedEvents published = new PublishedEvents();

  @Test
  void theSameKeyAndBodyTwiceAnswerAlikeAndRecordOneEventPublishedOnce() {
    Map<String, Object> body = score("620100", "HQD-ECONOMY", 80);
    EntityExchangeResult<byte[]> first = post("PROV-STATS", "key-1", body);
    EntityExchangeResult<byte[]> retry = post("PROV-STATS", "\"key-1\"", body);

    assertThat(first.getStatus().value()).isEqualTo(201);
    assertThat(first.getResponseHeaders().getFirst(REPLAYED)).isNull();
    assertThat(retry.getStatus().value()).isEqualTo(201);
    assertThat(retry.getResponseHeaders().getContentType())
        .isEqualTo(first.getResponseHeaders().getContentType());
    assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
    assertThat(retry.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");
    List<Document> stored = storedEvents("620100-2026");
    assertThat(stored).hasSize(1);

    String fence = fenceAfter("620100");
    assertThat(published.count(stored.get(0).getString("eventIdentifier"))).isEqualTo(1);
    assertThat(published.count(fence)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithADifferentBodyIs422AndStoresNothing() {
    post("PROV-STATS", "key-2", score("620200", "HQD-ECONOMY", 70));

    EntityExchangeResult<byte[]> other =
        post("PROV-STATS", "key-2", score("620200", "HQD-ECONOMY", 71));

    assertThat(other.getStatus().value()).isEqualTo(422);
    assertThat(other.getResponseHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(new String(other.getResponseBody()))
        .contains("was already used for a different request");
    assertThat(storedEvents("620200-2026")).hasSize(1);
  }

  @Test
  void ofTwoConcurrentRequestsWithOneKeyOneIsProcessedAndTheOtherToldToWaitOrReplayed()
      throws Exception {
    Map<String, Object> body = score("620300", "HQD-ECONOMY", 65);
    List<EntityExchangeResult<byte[]>> answers =
        Concurrently.times(2, () -> post("PROV-STATS", "key-3", body));

    List<EntityExchangeResult<byte[]>> processed =
        answers.stream().filter(a -> a.getResponseHeaders().getFirst(REPLAYED) == null).toList();
    List<EntityExchangeResult<byte[]>> processedAndCreated =
        processed.stream().filter(a -> a.getStatus().value() == 201).toList();
    assertThat(processedAndCreated).hasSize(1);
    for (EntityExchangeResult<byte[]> answer : answers) {
      if (answer != processedAndCreated.get(0)) {
        boolean toldToWait = answer.getStatus().value() == 409;
        boolean replayed = "true".equals(answer.getResponseHeaders().getFirst(REPLAYED));
        assertThat(toldToWait || replayed).as("409 or replayed").isTrue();
        if (toldToWait) {
          assertThat(new String(answer.getResponseBody())).contains("still being processed");
        }
      }
    }
    assertThat(storedEvents("620300-2026")).hasSize(1);
  }

  @Test
  void aRefusedRequestIsReplayedAsRefusedWithoutBeingProcessedAgain() {
    post("PROV-STATS", null, score("620400", "HQD-ECONOMY", 70));
    Map<String, Object> conflicting = score("620400", "HQD-ECONOMY", 75);
    EntityExchangeResult<byte[]> refused = post("PROV-STATS", "key-4", conflicting);
    assertThat(refused.getStatus().value()).isEqualTo(409);

    Map<String, Object> correction = new HashMap<>(conflicting);
    correction.put("replaces", 70);
    correction.put("reason", "revised");
    assertThat(post("PROV-STATS", null, correction).getStatus().value()).isEqualTo(201);

    // Processed again, it would now be 200 (unchanged); the key answers as it did.
    EntityExchangeResult<byte[]> retry = post("PROV-STATS", "key-4", conflicting);
    assertThat(retry.getStatus().value()).isEqualTo(409);
    assertThat(retry.getResponseBody()).isEqualTo(refused.getResponseBody());
    assertThat(retry.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");

    Map<String, Object> invalid = score("620400", "HQD-ECONOMY", 150);
    EntityExchangeResult<byte[]> badRequest = post("PROV-STATS", "key-5", invalid);
    assertThat(badRequest.getStatus().value()).isEqualTo(400);
    EntityExchangeResult<byte[]> badRetry = post("PROV-STATS", "key-5", invalid);
    assertThat(badRetry.getStatus().value()).isEqualTo(400);
    assertThat(badRetry.getResponseBody()).isEqualTo(badRequest.getResponseBody());
    assertThat(badRetry.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");
  }

  @Test
  void theKeysOfTwoAgenciesDoNotCollide() {
    EntityExchangeResult<byte[]> stats =
        post("PROV-STATS", "shared-key", score("620500", "HQD-ECONOMY", 60));
    EntityExchangeResult<byte[]> org =
        post("PROV-ORG", "shared-key", score("620500", "PARTY-BUILDING", 90));

    assertThat(stats.getStatus().value()).isEqualTo(201);
    assertThat(org.getStatus().value()).isEqualTo(201);
    assertThat(org.getResponseHeaders().getFirst(REPLAYED)).isNull();
    assertThat(storedEvents("620500-2026")).hasSize(2);
  }

  @Test
  void withoutAKeyEveryRequestIsProcessedAndNoKeyIsKept() {
    Map<String, Object> body = score("620600", "HQD-ECONOMY", 55);
    int keptBefore = keptKeys().size();

    assertThat(post("PROV-STATS", null, body).getStatus().value()).isEqualTo(201);
    EntityExchangeResult<byte[]> again = post("PROV-STATS", null, body);

    assertThat(again.getStatus().value()).isEqualTo(200);
    assertThat(again.getResponseHeaders().getFirst(REPLAYED)).isNull();
    assertThat(keptKeys()).hasSize(keptBefore);
  }

  @Test
  void anEmptyOrOverlongKeyIs400AndNothingIsProcessed() {
    Map<String, Object> body = score("620700", "HQD-ECONOMY", 50);

    for (String key : List.of("", "k".repeat(256))) {
      EntityExchangeResult<byte[]> refused = post("PROV-STATS", key, body);
      assertThat(refused.getStatus().value()).isEqualTo(400);
      assertThat(new String(refused.getResponseBody())).contains("\"field\":\"Idempotency-Key\"");
    }
    assertThat(storedEvents("620700-2026")).isEmpty();
  }

  @Test
  void aLargeKeyedBatchIsKeptOutOfMemoryProcessedOnceAndReplayedByteForByte() throws IOException {
    StringBuilder ndjson = new StringBuilder();
    ndjson.append(
        "{\"itemId\":\"i-0\",\"unitCode\":\"620103\",\"year\":2026,"
            + "\"indicatorCode\":\"HQD-ECONOMY\",\"value\":81.5}\n");
    for (int item = 1; item < 1000; item++) {
      ndjson.append(
          "{\"itemId\":\"i-"
              + item
              + "\",\"unitCode\":\"999999\",\"year\":2026,"
              + "\"indicatorCode\":\"HQD-ECONOMY\",\"value\":80}\n");
    }
    byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).isGreaterThan(64 * 1024);

    Set<String> spooledBefore = spooledBodies();
    EntityExchangeResult<byte[]> first = batch("key-large", body);
    EntityExchangeResult<byte[]> retry = batch("key-large", body);

    assertThat(first.getStatus().value()).isEqualTo(200);
    assertThat(retry.getStatus().value()).isEqualTo(200);
    assertThat(retry.getResponseHeaders().getFirst(REPLAYED)).isEqualTo("true");
    assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
    assertThat(storedEvents("620103-2026")).hasSize(1);
    // Other processes on the machine (other services, other builds) may spool bodies too: none of
    // this service's may remain.
    assertThat(spooledBodies()).isSubsetOf(spooledBefore);
  }

  private static Set<String> spooledBodies() throws IOException {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith("kaohe-keyed-body-"))
          .collect(Collectors.toSet());
    }
  }

  private EntityExchangeResult<byte[]> batch(String key, byte[] ndjson) {
    return client()
        .post()
        .uri("/api/assessment/scores/batch")
        .header("Authorization", TestTokens.bearer("agency", "PROV-STATS"))
        .header("Idempotency-Key", key)
        .contentType(MediaType.parseMediaType("application/x-ndjson"))
        .bodyValue(ndjson)
        .exchange()
        .expectBody()
        .returnResult();
  }

  private EntityExchangeResult<byte[]> post(String agency, String key, Object body) {
    return postJson(
            SCORES,
            TestTokens.bearer("agency", agency),
            body,
            optionalHeader("Idempotency-Key", key))
        .expectBody()
        .returnResult();
  }

  /**
   * Records one more event for the unit and waits until it is published. The relay publishes in
   * store order and a unit's events share a partition, so every earlier event of the unit, and any
   * duplicate of one, has been consumed by then.
   */
  private String fenceAfter(String unit) {
    assertThat(post("PROV-ORG", null, score(unit, "PARTY-BUILDING", 88)).getStatus().value())
        .isEqualTo(201);
    String fence =
        storedEvents(unit + "-2026").stream()
            .filter(e -> e.getString("payload").contains("PARTY-BUILDING"))
            .findFirst()
            .orElseThrow()
            .getString("eventIdentifier");
    published.await(fence);
    return fence;
  }

  private static Map<String, Object> score(String unit, String indicator, double value) {
    return score(unit, 2026, indicator, value);
  }

  private List<Document> keptKeys() {
    return inDatabase(db -> db.getCollection("idempotencykeys").find().into(new ArrayList<>()));
  }
}

package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaohe.assessment.round.upcasting.ScoreRecordedRevision1Upcaster;
import org.kaohe.assessment.round.upcasting.StoredRevision1Events;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Records scores over HTTP against the real embedded MongoDB server and Kafka broker. */
@TestPropertySource(properties = "kaohe.assessment.snapshot-threshold=3")
class ScoreRecordingIT extends ServiceIT {
  @RegisterExtension static final PublishedEvents published = new PublishedEvents();

  @Test
  void aRecordedScoreIsStoredAsAnEventWithItsSubmitterAndPublishedToKafka() {
    postJson(
            SCORES,
            TestTokens.bearer("agency", "PROV-STATS"),
            score("620100", "HQD-ECONOMY", 87.5),
            headers -> headers.set("X-Request-Id", "req-42"))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.roundId")
        .isEqualTo("620100-2026")
        .jsonPath("$.changed")
        .isEqualTo(true)
        .jsonPath("$.previousValue")
        .doesNotExist();

    Document stored = storedEvents("620100-2026").get(0);
    assertThat(stored.getString("payloadType")).isEqualTo(ScoreRecordedEvent.class.getName());
    assertThat(stored.getString("metaData"))
        .contains("\"principal\":\"li.wei\"", "\"agency\":\"PROV-STATS\"", "req-42");

    TypedCloudEvent event = published.await(stored.getString("eventIdentifier"));
    assertThat(event.subject()).isEqualTo("620100");
    assertThat(event.extension("agency")).isEqualTo("PROV-STATS");
    assertThat(event.extension("principal")).isEqualTo("li.wei");
    assertThat(event.extension("requestid")).isEqualTo("req-42");
    // The command started the chain: it is both the correlation and the cause.
    assertThat(event.extension("correlationid"))
        .isNotBlank()
        .isEqualTo(event.extension("causationid"));
    assertThat(event.extension("aggregatesequence")).isEqualTo("0");
    assertThat(((ScoreRecordedEvent) event.data()).value()).isEqualByComparingTo("87.5");
  }

  @Test
  void aChangedScoreKeepsThePreviousValueAndAnUnchangedOneStoresNothing() {
    postScore("agency", "PROV-STATS", score("620200", "HQD-ECONOMY", 70))
        .expectStatus()
        .isCreated();
    postScore("agency", "PROV-STATS", correction("620200", "HQD-ECONOMY", 75, 70))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.previousValue")
        .isEqualTo(70);
    postScore("agency", "PROV-STATS", score("620200", "HQD-ECONOMY", 75))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.changed")
        .isEqualTo(false);

    assertThat(storedEvents("620200-2026")).hasSize(2);
  }

  @Test
  void aRoundWhoseHistoryHoldsARevision1EventStillLoadsAndContinues() {
    inDatabase(
        db -> {
          StoredRevision1Events.store(db, "620800", 0, "64", null);
          StoredRevision1Events.store(db, "620800", 1, "66", "64");
          return null;
        });

    postScore("agency", "PROV-STATS", correction("620800", "HQD-ECONOMY", 68, 66))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.previousValue")
        .isEqualTo(66);
    ScoreRecordedEvent relayed = (ScoreRecordedEvent) published.await("rev1-620800-2026-1").data();
    assertThat(relayed.reason()).isEqualTo(ScoreRecordedRevision1Upcaster.REASON_NOT_RECORDED);
    assertThat(published.await("rev1-620800-2026-1").dataSchema()).endsWith(":3");
  }

  @Test
  void aLongRoundIsSnapshottedAndStillLoadsCorrectly() {
    postScore("agency", "PROV-STATS", score("620900", "HQD-ECONOMY", 50))
        .expectStatus()
        .isCreated();
    for (int value = 51; value < 56; value++) {
      postScore("agency", "PROV-STATS", correction("620900", "HQD-ECONOMY", value, value - 1))
          .expectStatus()
          .isCreated();
    }

    await().atMost(Duration.ofSeconds(10)).until(() -> snapshotOf("620900-2026") != null);
    assertThat(snapshotOf("620900-2026").getLong("sequenceNumber")).isGreaterThanOrEqualTo(2);
    postScore("agency", "PROV-STATS", correction("620900", "HQD-ECONOMY", 60, 55))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.previousValue")
        .isEqualTo(55);
  }

  @Test
  void anAuditorVerifiesARoundsChainAndSeesAnEditLocatedExactly() {
    postScore("agency", "PROV-STATS", score("621000", "HQD-ECONOMY", 70))
        .expectStatus()
        .isCreated();
    postScore("agency", "PROV-STATS", correction("621000", "HQD-ECONOMY", 72, 70))
        .expectStatus()
        .isCreated();

    verify("?aggregate=621000-2026")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.intact")
        .isEqualTo(true)
        .jsonPath("$.eventsVerified")
        .isEqualTo(2)
        .jsonPath("$.headHashes['621000-2026']")
        .isNotEmpty();

    inDatabase(
        db ->
            db.getCollection("domainevents")
                .updateOne(
                    Filters.and(
                        Filters.eq("aggregateIdentifier", "621000-2026"),
                        Filters.eq("sequenceNumber", 0L)),
                    Updates.set("payload", "{\"value\":100}")));

    verify("?aggregate=621000-2026")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.intact")
        .isEqualTo(false)
        .jsonPath("$.firstBrokenLink.aggregateIdentifier")
        .isEqualTo("621000-2026")
        .jsonPath("$.firstBrokenLink.sequenceNumber")
        .isEqualTo(0)
        .jsonPath("$.firstBrokenLink.reason")
        .isEqualTo("content does not match its hash");
  }

  @Test
  void verificationRejectsAnIncompleteRange() {
    verify("?from=5")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("from and to go together");
  }

  @Test
  void verifyingAnAggregateWithoutStoredEventsIsNotFoundRatherThanIntact() {
    verify("?aggregate=NOPE")
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("no events are stored for aggregate NOPE")
        .jsonPath("$.intact")
        .doesNotExist();
  }

  private WebTestClient.ResponseSpec verify(String query) {
    return get("auditor", null, "/api/assessment/audit/verify" + query);
  }

  @Test
  void anAdminRebuildsTheRoundSummariesByReplayWithoutRepublishingToKafka() {
    postScore("agency", "PROV-STATS", score("621100", "HQD-ECONOMY", 81))
        .expectStatus()
        .isCreated();
    postScore("agency", "PROV-ORG", score("621100", "PARTY-BUILDING", 93))
        .expectStatus()
        .isCreated();
    await().atMost(Duration.ofSeconds(20)).until(() -> scoresInRoundSummary("621100") == 2);

    replay("round-summaries", "admin", null)
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.name")
        .isEqualTo("round-summaries");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              var status = processorStatus("round-summaries");
              return !status.get("replaying").asBoolean()
                  && status.get("position").asLong() == status.get("head").asLong();
            });
    get("auditor", null, "/api/assessment/rounds/621100/2026")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.scores.HQD-ECONOMY.value")
        .isEqualTo(81.0)
        .jsonPath("$.scores.PARTY-BUILDING.agency")
        .isEqualTo("PROV-ORG");
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(published::noneTwice);
  }

  @Test
  void onlyAnAdminMayReplayAndTheRelayIsNotAProjection() {
    replay("round-summaries", "agency", "PROV-STATS").expectStatus().isForbidden();
    replay("kafka-relay", "admin", null).expectStatus().isEqualTo(409);
    get("admin", null, "/api/assessment/admin/processors/no-such-processor")
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("no event processor named no-such-processor");
  }

  private WebTestClient.ResponseSpec replay(String processor, String role, String agency) {
    return client()
        .post()
        .uri("/api/assessment/admin/processors/" + processor + "/replay")
        .header("Authorization", TestTokens.bearer(role, agency))
        .exchange();
  }

  /** How many scores the round's summary shows; none while the projection has no round. */
  private int scoresInRoundSummary(String unit) {
    String round = "/api/assessment/rounds/" + unit + "/2026";
    if (get("auditor", null, round).returnResult(String.class).getStatus().value() == 404) {
      return 0;
    }
    return getJson("auditor", null, round).get("scores").size();
  }

  private JsonNode processorStatus(String name) {
    return getJson("admin", null, "/api/assessment/admin/processors/" + name);
  }

  @Test
  void withoutATokenTheRequestIsRejectedAndNothingIsStored() {
    client()
        .post()
        .uri("/api/assessment/scores")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(score("620300", "HQD-ECONOMY", 60))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

    assertThat(storedEvents("620300-2026")).isEmpty();
  }

  @Test
  void auditorsReadButCannotRecord() {
    postScore("auditor", null, score("620300", "HQD-ECONOMY", 60))
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

    assertThat(storedEvents("620300-2026")).isEmpty();
  }

  @Test
  void aTokenWithoutAnAgencyCannotRecord() {
    postScore("admin", null, score("620300", "HQD-ECONOMY", 60))
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("names the submitting agency"));
  }

  @Test
  void anInvalidScoreIsRejectedNamingEveryBadField() {
    postScore("agency", "PROV-STATS", Map.of("unitCode", "lanzhou", "year", 2026))
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'unitCode')].message")
        .value(m -> assertThat(m.toString()).contains("unit code such as 620100"))
        .jsonPath("$.errors[?(@.field == 'indicatorCode')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'value')]")
        .exists();
  }

  private static Map<String, Object> score(String unit, String indicator, double value) {
    return score(unit, 2026, indicator, value);
  }

  private static Map<String, Object> correction(
      String unit, String indicator, double value, double replaces) {
    Map<String, Object> body = new HashMap<>(score(unit, indicator, value));
    body.put("replaces", replaces);
    body.put("reason", "revised figure");
    return body;
  }

  private Document snapshotOf(String roundId) {
    return inDatabase(
        db -> db.getCollection("snapshotevents").find(Filters.eq("_id", roundId)).first());
  }
}

package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A round's snapshot is used only while it has the shape of the round's current revision: one of an
 * older revision, whose state is keyed differently, is ignored and the round rebuilt from its
 * events. Here a snapshot claims the unit has no rating although its events rated it GOOD; rating
 * it GOOD again is unchanged only if the round was rebuilt from the events.
 */
class RoundSnapshotIT extends ServiceIT {
  private static final String CURRENT_REVISION = "5";

  @Test
  void aSnapshotOfAnOlderRevisionIsIgnoredAndTheRoundRebuiltFromItsEvents() {
    rateGood("622900").expectStatus().isCreated();
    storeSnapshot("622900", "3", Map.of("the unit", "GOOD"));

    rateGood("622900").expectStatus().isOk().expectBody().jsonPath("$.changed").isEqualTo(false);

    assertThat(storedEvents("622900-2026")).hasSize(1);
  }

  /** The contrast that shows snapshots are read at all: one of the current revision is used. */
  @Test
  void aSnapshotOfTheCurrentRevisionIsUsedInsteadOfTheEvents() {
    rateGood("623000").expectStatus().isCreated();
    storeSnapshot("623000", CURRENT_REVISION, Map.of());

    rateGood("623000").expectStatus().isCreated();

    assertThat(storedEvents("623000-2026")).hasSize(2);
  }

  private WebTestClient.ResponseSpec rateGood(String unit) {
    return postJson(
        "/api/assessment/political-ratings",
        TestTokens.bearer("agency", "PROV-ORG"),
        Map.of("unitCode", unit, "year", 2026, "rating", "GOOD", "basis", "talks"));
  }

  /** A snapshot after the round's first event, as the event store keeps one. */
  private void storeSnapshot(String unit, String revision, Map<String, String> ratings) {
    String roundId = unit + "-2026";
    Document state =
        new Document("roundId", roundId)
            .append("scores", new Document())
            .append("ratings", new Document(Map.copyOf(ratings)))
            .append("evaluations", new Document())
            .append("findings", new Document())
            .append("reopenedUntil", null);
    Document snapshot =
        new Document("_id", roundId)
            .append("eventIdentifier", "snapshot-" + roundId)
            .append("aggregateType", "UnitRound")
            .append("aggregateIdentifier", roundId)
            .append("sequenceNumber", 0L)
            .append("payloadType", "org.kaohe.assessment.round.domain.UnitRound")
            .append("payloadRevision", revision)
            .append("payload", state.toJson())
            .append("metaData", "{}")
            .append("timestamp", "2026-12-01T09:00:00.000Z");
    inDatabase(db -> db.getCollection("snapshotevents").insertOne(snapshot));
  }
}

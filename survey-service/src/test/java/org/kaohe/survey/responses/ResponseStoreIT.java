package org.kaohe.survey.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.survey.campaign.domain.Channel;
import org.kaohe.tools.embedded.SharedInfrastructure;

/**
 * The response store on the embedded MongoDB server: what becomes of each response of a batch, and
 * what the results are computed from.
 */
class ResponseStoreIT {
  private static final String CAMPAIGN = "STORE-2026";
  private static MongoClient client;
  private MongoDatabase database;
  private ResponseStore store;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(SharedInfrastructure.mongo().connectionString());
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @BeforeEach
  void freshDatabase() {
    database = client.getDatabase("response-store-" + System.nanoTime());
    store = ResponseStore.in(database);
  }

  /** One row handed to the results, its maps copied. */
  record Row(
      String unit,
      String responseId,
      String batchId,
      boolean counts,
      Map<String, Number> answers,
      Map<String, String> demographics) {}

  @Test
  void aBatchsStoredResponsesReachTheResultsWithTheirBatchAndNothingOfTheRespondent() {
    List<StoreOutcome> outcomes =
        store.store(
            "b1",
            List.of(
                response("620100", "r1", "hash-1", Map.of("Q1", 4, "Q2", 5), true),
                response("620200", "r2", "hash-2", Map.of("Q1", 2), false)),
            batch -> false);

    assertThat(outcomes).containsExactly(StoreOutcome.STORED, StoreOutcome.STORED);
    assertThat(rows(null))
        .containsExactlyInAnyOrder(
            new Row(
                "620100",
                "r1",
                "b1",
                true,
                Map.of("Q1", 4, "Q2", 5),
                Map.of("sex", "F", "area", "urban")),
            new Row(
                "620200", "r2", "b1", false, Map.of("Q1", 2), Map.of("sex", "F", "area", "urban")));
    assertThat(rows("620200")).extracting(Row::responseId).containsExactly("r2");
  }

  @Test
  void aResponseIdAnotherRespondentHasInTheCampaignIsRefusedInTheSameBatchAndInALaterOne() {
    List<StoreOutcome> first =
        store.store(
            "b1",
            List.of(
                response("620100", "r1", "hash-1", Map.of("Q1", 4), true),
                response("620100", "r1", "hash-2", Map.of("Q1", 1), true)),
            batch -> true);
    List<StoreOutcome> later =
        store.store(
            "b2",
            List.of(response("620200", "r1", "hash-3", Map.of("Q1", 3), true)),
            batch -> true);

    assertThat(first).containsExactly(StoreOutcome.STORED, StoreOutcome.RESPONSE_ID_TAKEN);
    assertThat(later).containsExactly(StoreOutcome.RESPONSE_ID_TAKEN);
    assertThat(rows(null)).extracting(Row::answers).containsExactly(Map.of("Q1", 4));
  }

  @Test
  void aRetriedBatchStoresNothingTwiceAndTakesOverWhatAnUnrecordedTryStored() {
    StoredResponse r1 = response("620100", "r1", "hash-1", Map.of("Q1", 4), true);
    StoredResponse r2 = response("620100", "r2", "hash-2", Map.of("Q1", 5), true);
    store.store("lost", List.of(r1), batch -> false);

    List<StoreOutcome> retry = store.store("b2", List.of(r1, r2), "recorded"::equals);

    assertThat(retry).containsExactly(StoreOutcome.ALREADY_STORED, StoreOutcome.STORED);
    assertThat(rows(null))
        .extracting(Row::responseId, Row::batchId)
        .containsExactlyInAnyOrder(tuple("r1", "lost"), tuple("r1", "b2"), tuple("r2", "b2"));
  }

  @Test
  void aResponseStoredByARecordedBatchIsNotTakenOverAndTheSameResponseTwiceInABatchIsStoredOnce() {
    StoredResponse r1 = response("620100", "r1", "hash-1", Map.of("Q1", 4), true);
    store.store("b1", List.of(r1, r1), batch -> false);
    List<StoreOutcome> retry = store.store("b2", List.of(r1), "b1"::equals);

    assertThat(retry).containsExactly(StoreOutcome.ALREADY_STORED);
    assertThat(rows(null))
        .extracting(Row::responseId, Row::batchId)
        .containsExactly(tuple("r1", "b1"));
  }

  @Test
  void anotherResponseOfARespondentIsADuplicateAndAnErasedResponseRetriedIsAlreadyStored() {
    store.store(
        "b1", List.of(response("620100", "r1", "hash-1", Map.of("Q1", 4), true)), batch -> true);

    List<StoreOutcome> again =
        store.store(
            "b2",
            List.of(response("620100", "r9", "hash-1", Map.of("Q1", 2), true)),
            batch -> true);
    assertThat(store.unlink(CAMPAIGN, "620100", "hash-1")).contains("r1");
    List<StoreOutcome> retried =
        store.store(
            "b3",
            List.of(response("620100", "r1", "hash-1", Map.of("Q1", 4), true)),
            batch -> true);

    assertThat(again).containsExactly(StoreOutcome.DUPLICATE_RESPONDENT);
    assertThat(retried).containsExactly(StoreOutcome.ALREADY_STORED);
    assertThat(store.progress(CAMPAIGN).get("620100").duplicateRespondents()).isEqualTo(1);
    assertThat(rows(null)).extracting(Row::responseId).containsExactly("r1");
  }

  @Test
  void columnsWrittenInTheEarlierLayoutOfAListPerColumnAreStillRead() {
    List<Integer> q1 = new ArrayList<>();
    q1.add(3);
    q1.add(null);
    List<String> sex = new ArrayList<>();
    sex.add("M");
    sex.add(null);
    database
        .getCollection("batchcolumns")
        .insertOne(
            new Document("_id", CAMPAIGN + "|old|0")
                .append("c", CAMPAIGN)
                .append("b", "old")
                .append("u", List.of("620100", "620200"))
                .append("r", List.of("o1", "o2"))
                .append("k", List.of(true, false))
                .append("a", new Document("Q1", q1).append("Q2", List.of(5, 4)))
                .append("d", new Document("sex", sex)));
    store.store(
        "b1", List.of(response("620200", "r1", "hash-1", Map.of("Q1", 4), true)), batch -> true);

    assertThat(rows(null))
        .containsExactlyInAnyOrder(
            new Row("620100", "o1", "old", true, Map.of("Q1", 3, "Q2", 5), Map.of("sex", "M")),
            new Row("620200", "o2", "old", false, Map.of("Q2", 4), Map.of()),
            new Row(
                "620200", "r1", "b1", true, Map.of("Q1", 4), Map.of("sex", "F", "area", "urban")));
    assertThat(rows("620100")).extracting(Row::responseId).containsExactly("o1");
  }

  private List<Row> rows(String unit) {
    List<Row> rows = new ArrayList<>();
    store.forEachResultInput(
        CAMPAIGN,
        unit,
        (unitCode, responseId, batchId, counts, answers, demographics) ->
            rows.add(
                new Row(
                    unitCode,
                    responseId,
                    batchId,
                    counts,
                    Map.copyOf(answers),
                    Map.copyOf(demographics))));
    return rows;
  }

  private static StoredResponse response(
      String unit, String responseId, String hash, Map<String, Integer> answers, boolean counts) {
    return new StoredResponse(
        CAMPAIGN,
        unit,
        responseId,
        hash,
        Channel.PHONE,
        Instant.parse("2026-06-02T08:00:00Z"),
        new TreeMap<>(Map.of("sex", "F", "area", "urban")),
        new TreeMap<>(answers),
        !counts,
        counts);
  }
}

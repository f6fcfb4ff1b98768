package org.kaohe.assessment.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.tools.embedded.SharedInfrastructure;

/** Idempotent per-aggregate documents, written a processor's batch at a time. */
class SequencedDocumentsTest {
  private static MongoClient client;
  private MongoCollection<Document> collection;
  private SequencedDocuments documents;

  /** One event's change: which document, at which sequence, which field to what. */
  private record Change(String id, long sequence, String field, Object value) {}

  @BeforeAll
  static void connect() {
    client = MongoClients.create(SharedInfrastructure.mongo().connectionString());
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @BeforeEach
  void emptyCollection() {
    collection = client.getDatabase("sequenced-documents-test").getCollection("documents");
    collection.drop();
    documents = new SequencedDocuments(collection);
  }

  @Test
  void outsideABatchAChangeIsWrittenAtOnceAndARedeliveredOneChangesNothing() {
    documents.set("r1", 0, Map.of("scores.A", 80));
    documents.set("r1", 1, Map.of("scores.B", 70));
    documents.set("r1", 1, Map.of("scores.B", 99));

    assertThat(stored("r1")).containsEntry("lastSequence", 1L);
    assertThat(stored("r1").get("scores", Document.class))
        .isEqualTo(new Document("A", 80).append("B", 70));
  }

  @Test
  void aBatchIsWrittenWhenItsLastEventIsHandledTheLaterValueOfAFieldWinning() {
    List<Document> seenBeforeTheLast = new ArrayList<>();
    inOneBatch(
        List.of(
            new Change("r1", 0, "scores.A", 80),
            new Change("r2", 0, "scores.A", 60),
            new Change("r1", 1, "scores.A", 85)),
        () -> seenBeforeTheLast.addAll(collection.find().into(new ArrayList<>())));

    assertThat(seenBeforeTheLast).isEmpty();
    assertThat(stored("r1").get("scores", Document.class)).isEqualTo(new Document("A", 85));
    assertThat(stored("r1")).containsEntry("lastSequence", 1L);
    assertThat(stored("r2").get("scores", Document.class)).isEqualTo(new Document("A", 60));
  }

  @Test
  void aBatchSkipsTheEventsADocumentAlreadyHolds() {
    documents.set("r1", 5, Map.of("scores.A", 50));

    inOneBatch(
        List.of(new Change("r1", 4, "scores.A", 40), new Change("r1", 6, "scores.B", 60)), null);

    assertThat(stored("r1").get("scores", Document.class))
        .isEqualTo(new Document("A", 50).append("B", 60));
    assertThat(stored("r1")).containsEntry("lastSequence", 6L);
  }

  @Test
  void setsOfAFieldAndOfAFieldInsideItAreWrittenOneAfterTheOther() {
    inOneBatch(
        List.of(
            new Change("r1", 0, "reopened", new Document("until", "2027-04-10")),
            new Change("r1", 1, "reopened.until", "2027-04-20")),
        null);

    assertThat(stored("r1").get("reopened", Document.class))
        .isEqualTo(new Document("until", "2027-04-20"));
  }

  @Test
  void changesThatDoMoreThanSetFieldsAreWrittenOneByOneInOrder() {
    BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(messages(3));
    batch.execute(
        () -> {
          long sequence = (Long) CurrentUnitOfWork.get().getMessage().getPayload();
          documents.apply(
              "veto-1",
              sequence,
              List.of(Updates.set("status", "S" + sequence), Updates.push("steps", sequence)));
        });

    assertThat(stored("veto-1"))
        .containsEntry("status", "S2")
        .containsEntry("steps", List.of(0L, 1L, 2L))
        .containsEntry("lastSequence", 2L);
  }

  /**
   * Applies the changes as a processor would a batch, calling {@code beforeLast} before the last.
   */
  private void inOneBatch(List<Change> changes, Runnable beforeLast) {
    BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(messages(changes.size()));
    batch.execute(
        () -> {
          int position = ((Long) CurrentUnitOfWork.get().getMessage().getPayload()).intValue();
          if (position == changes.size() - 1 && beforeLast != null) {
            beforeLast.run();
          }
          Change change = changes.get(position);
          documents.set(change.id(), change.sequence(), Map.of(change.field(), change.value()));
        });
  }

  private static List<GenericEventMessage<Long>> messages(int count) {
    List<GenericEventMessage<Long>> messages = new ArrayList<>();
    for (long position = 0; position < count; position++) {
      messages.add(new GenericEventMessage<>(position));
    }
    return messages;
  }

  private Document stored(String id) {
    return collection.find(Filters.eq("_id", id)).first();
  }
}

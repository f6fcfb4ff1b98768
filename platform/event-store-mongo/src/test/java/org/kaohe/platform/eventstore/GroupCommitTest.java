package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.platform.eventstore.TestEvents.event;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A group of commits written together fails commit by commit, never as a whole by accident. */
class GroupCommitTest {
  private MongoDatabase database;
  private MongoEventStorageEngine engine;

  @BeforeEach
  void freshStore() {
    database = TestEvents.freshDatabase();
    engine = TestEvents.engine(database);
  }

  @Test
  void aConflictingCommitFailsAloneAndItsIndicesArePassedAtOnce() {
    engine.appendEvents(event("B-2026", 0, 1));
    PreparedCommit first = prepared(event("A-2026", 0, 2), event("A-2026", 1, 3));
    PreparedCommit conflicting = prepared(event("C-2026", 0, 4), retried(event("B-2026", 0, 5)));
    PreparedCommit last = prepared(event("D-2026", 0, 6));

    CommitWriter writer = writer();
    List.of(first, conflicting, last).forEach(writer::seal);
    writer.write(List.of(first, conflicting, last));

    assertThat(first.isStored()).isTrue();
    assertThat(last.isStored()).isTrue();
    assertThat(conflicting.isStored()).isFalse();
    assertThat(conflicting.failedPosition()).isEqualTo(1);
    assertThat(new DuplicateKeys().isDuplicateKeyViolation(conflicting.failure())).isTrue();
    assertThat(((MongoBulkWriteException) conflicting.failure()).getWriteErrors())
        .singleElement()
        .satisfies(error -> assertThat(error.getIndex()).isEqualTo(1));
    assertThat(engine.readEvents("C-2026").asStream().count()).isZero();
    assertThat(trackedIndices()).containsExactly(1L, 2L, 3L, 6L);
    assertThat(new ChainVerifier(database).verifyAll().intact()).isTrue();
  }

  @Test
  void aCommitThatGetsNoIndicesFailsBeforeItIsQueuedAndNothingIsStored() {
    database
        .getCollection("counters")
        .insertOne(new Document("_id", "eventGlobalIndex").append("value", "corrupt"));
    PreparedCommit first = prepared(event("A-2026", 0, 1));
    PreparedCommit second = prepared(event("B-2026", 0, 2));

    CommitWriter writer = writer();

    assertThat(writer.seal(first)).isFalse();
    assertThat(writer.seal(second)).isFalse();
    assertThat(List.of(first, second))
        .allSatisfy(
            commit -> {
              assertThat(commit.isStored()).isFalse();
              assertThat(commit.failure()).isNotNull();
            });
    // Counted directly: a tracker would stop at the corrupt counter when it finds no event.
    assertThat(database.getCollection("domainevents").countDocuments()).isZero();
  }

  private CommitWriter writer() {
    AbandonedIndices abandoned =
        new AbandonedIndices(
            database.getCollection("domainevents.abandoned"),
            database.getCollection("domainevents"));
    return new CommitWriter(
        database.getCollection("domainevents"),
        abandoned,
        new IndexReservations(
            new GlobalIndexCounter(database.getCollection("counters")),
            abandoned,
            0,
            Duration.ofMillis(50),
            Duration.ofSeconds(1),
            Clock.systemUTC()));
  }

  /** A commit as the engine prepares it; every aggregate here starts at sequence 0. */
  private static PreparedCommit prepared(DomainEventMessage<?>... events) {
    return new PreparedCommit(
        java.util.Arrays.stream(events)
            .map(e -> EventDocuments.toDocument(e, TestEvents.SERIALIZER, null))
            .collect(Collectors.toList()),
        java.util.Arrays.stream(events)
            .collect(
                Collectors.toMap(
                    DomainEventMessage::getAggregateIdentifier,
                    e -> ChainHeads.Predecessor.NONE,
                    (a, b) -> a)));
  }

  private static DomainEventMessage<?> retried(DomainEventMessage<?> original) {
    return new org.axonframework.eventhandling.GenericDomainEventMessage<>(
        original.getType(),
        original.getAggregateIdentifier(),
        original.getSequenceNumber(),
        original.getPayload(),
        original.getMetaData(),
        original.getIdentifier() + "-retry",
        original.getTimestamp());
  }

  private List<Long> trackedIndices() {
    return engine
        .readEvents(engine.createTailToken(), false)
        .map(TrackedEventMessage::trackingToken)
        .map(t -> ((GlobalSequenceTrackingToken) t).getGlobalIndex())
        .collect(Collectors.toList());
  }
}

package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kaohe.platform.eventstore.TestEvents.event;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indices allocated ahead for closely following commits, and what happens to the unused ones. */
class IndexReserveTest {
  private MongoDatabase database;

  @BeforeEach
  void freshStore() {
    database = TestEvents.freshDatabase();
  }

  @Test
  void closelyFollowingCommitsAreServedFromOneReserveAndIdleWritersGiveItUp() {
    MongoEventStorageEngine engine = engine();
    for (int sequence = 0; sequence < 10; sequence++) {
      engine.appendEvents(event("A-2026", sequence, sequence));
    }

    // The first commit took one index; the second reserved 64 more and used the first of them.
    assertThat(allocated()).isEqualTo(1 + 1 + 64);
    assertThat(indicesOf("A-2026")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(new ChainVerifier(database).verifyAll().intact()).isTrue();

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> ranges().stream().noneMatch(range -> range.containsKey("reservedBy")));
    assertThat(ranges())
        .singleElement()
        .satisfies(
            range -> {
              assertThat(range.get("from")).isEqualTo(11L);
              assertThat(range.get("last")).isEqualTo(66L);
            });
    assertThat(new ChainVerifier(database).verifyAll().intact()).isTrue();
  }

  @Test
  void aCommitTooLargeForTheReserveGetsFreshIndicesAndTheRestIsGivenUp() {
    MongoEventStorageEngine engine = engine();
    engine.appendEvents(event("A-2026", 0, 1));
    engine.appendEvents(event("A-2026", 1, 2)); // index 2, reserves 3..66
    List<org.axonframework.eventhandling.DomainEventMessage<?>> large = new java.util.ArrayList<>();
    for (int sequence = 0; sequence < 100; sequence++) {
      large.add(event("B-2026", sequence, sequence));
    }
    engine.appendEvents(large); // 67..166, reserving 400 more

    assertThat(indicesOf("B-2026").get(0)).isEqualTo(67L);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> ranges().stream().anyMatch(range -> Long.valueOf(3L).equals(range.get("from"))));
    engine.releaseReservedIndices();
    List<Long> tracked = trackedIndices();
    assertThat(tracked).hasSize(102).isSorted().startsWith(1L, 2L, 67L).endsWith(166L);
    assertThat(new ChainVerifier(database).verifyAll().intact()).isTrue();
  }

  @Test
  void trackersWaitForAnotherWritersReserveUntilItIsGivenUp() {
    heldReserveThenAnotherWriter();

    assertThat(trackedIndices()).containsExactly(1L, 2L);
    await().atMost(Duration.ofSeconds(5)).until(() -> trackedIndices().contains(67L));
    assertThat(trackedIndices()).containsExactly(1L, 2L, 67L);
  }

  @Test
  void aReserveOlderThanTheEventACommitFollowsIsNotUsed() {
    MongoEventStorageEngine[] writers = heldReserveThenAnotherWriter();
    MongoEventStorageEngine first = writers[0];
    MongoEventStorageEngine second = writers[1];

    first.appendEvents(event("B-2026", 1, 4));

    assertThat(indicesOf("B-2026").get(1)).isGreaterThan(67L);
    first.releaseReservedIndices();
    second.releaseReservedIndices();
    assertThat(trackedIndices()).isSorted().hasSize(4);
    assertThat(new ChainVerifier(database).verifyAll().intact()).isTrue();
  }

  @Test
  void aReserveIsUsedForATenthOfTheGapTimeoutAtMostHoweverCloselyCommitsFollow() {
    // A gap timeout of 10 ns: a reserve is too old for use a nanosecond after it was taken, so the
    // next commit, well within the hold of a second, cannot use it.
    MongoEventStorageEngine engine = engine(Duration.ofNanos(10));
    engine.appendEvents(event("A-2026", 0, 1));
    engine.appendEvents(event("A-2026", 1, 2)); // index 2, reserves 3..66

    engine.appendEvents(event("A-2026", 2, 3));

    assertThat(indicesOf("A-2026")).containsExactly(1L, 2L, 67L);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                ranges().stream()
                    .anyMatch(
                        range ->
                            Long.valueOf(3L).equals(range.get("from"))
                                && !range.containsKey("reservedBy")));
    engine.releaseReservedIndices();
    assertThat(trackedIndices()).containsExactly(1L, 2L, 67L);
    assertThat(new ChainVerifier(database).verifyAll().intact()).isTrue();
  }

  @Test
  void anEventDeletedFromAHeldReserveStillBreaksItsChain() {
    MongoEventStorageEngine engine = engine();
    for (int sequence = 0; sequence < 4; sequence++) {
      engine.appendEvents(event("A-2026", sequence, sequence));
    }
    database.getCollection("domainevents").deleteOne(new Document("globalIndex", 3L));

    VerificationReport report = new ChainVerifier(database).verifyAll();

    assertThat(report.intact()).isFalse();
    assertThat(report.firstBrokenLink().globalIndex()).isEqualTo(4L);
  }

  /**
   * A first writer stores indices 1 and 2 and holds 3..66 in reserve; a second writer then stores
   * B-2026's first event at 67. Returns both writers.
   */
  private MongoEventStorageEngine[] heldReserveThenAnotherWriter() {
    MongoEventStorageEngine first = engine();
    first.appendEvents(event("A-2026", 0, 1));
    first.appendEvents(event("A-2026", 1, 2)); // reserves 3..66
    MongoEventStorageEngine second = engine();
    second.appendEvents(event("B-2026", 0, 3)); // index 67
    return new MongoEventStorageEngine[] {first, second};
  }

  /**
   * Holding a reserve for a second and using it for up to six, so that a slow test machine does not
   * end a run of commits.
   */
  private MongoEventStorageEngine engine() {
    return engine(Duration.ofMinutes(1));
  }

  private MongoEventStorageEngine engine(Duration gapTimeout) {
    MongoEventStorageEngine engine =
        MongoEventStorageEngine.builder()
            .database(database)
            .eventSerializer(TestEvents.SERIALIZER)
            .snapshotSerializer(TestEvents.SERIALIZER)
            .indexReserve(64, Duration.ofSeconds(1))
            .gapTimeout(gapTimeout)
            .build();
    engine.ensureIndexes();
    return engine;
  }

  private long allocated() {
    return new GlobalIndexCounter(database.getCollection("counters")).allocated();
  }

  private List<Document> ranges() {
    return database
        .getCollection("domainevents.abandoned")
        .find()
        .into(new java.util.ArrayList<>());
  }

  private List<Long> indicesOf(String aggregate) {
    return database
        .getCollection("domainevents")
        .find(new Document("aggregateIdentifier", aggregate))
        .sort(new Document("sequenceNumber", 1))
        .map(document -> document.getLong("globalIndex"))
        .into(new java.util.ArrayList<>());
  }

  private List<Long> trackedIndices() {
    MongoEventStorageEngine reader = engine();
    return reader
        .readEvents(reader.createTailToken(), false)
        .map(TrackedEventMessage::trackingToken)
        .map(token -> ((GlobalSequenceTrackingToken) token).getGlobalIndex())
        .collect(Collectors.toList());
  }
}

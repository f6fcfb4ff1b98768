package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaohe.platform.eventstore.TestEvents.event;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trackers never run ahead of an index that another writer has allocated but not stored yet. */
class TrackingOrderTest {
  private static final Instant EVENT_TIME = TestEvents.event("x", 0, 0).getTimestamp();
  private MongoDatabase database;

  @BeforeEach
  void freshStore() {
    database = TestEvents.freshDatabase();
  }

  @Test
  void aTrackerWaitsForAnIndexThatIsAllocatedButNotYetStored() {
    MongoEventStorageEngine engine = engineAt(EVENT_TIME.plusSeconds(1));
    engine.appendEvents(event("A-2026", 0, 1));
    new GlobalIndexCounter(database.getCollection("counters")).allocate(1); // a writer mid-append
    engine.appendEvents(event("B-2026", 0, 2));

    assertThat(indices(engine)).containsExactly(1L);
  }

  @Test
  void aTrackerPassesOverAnIndexWhoseWriterIsSilentForTheGapTimeout() {
    engineAt(EVENT_TIME).appendEvents(event("A-2026", 0, 1));
    new GlobalIndexCounter(database.getCollection("counters")).allocate(1);
    engineAt(EVENT_TIME).appendEvents(event("B-2026", 0, 2));

    MongoEventStorageEngine later = engineAt(EVENT_TIME.plus(Duration.ofSeconds(11)));

    assertThat(indices(later)).containsExactly(1L, 3L);
  }

  @Test
  void aGapIsTimedOnTheClockThatStampsTheEventsWhateverTheMachinesClockSays() {
    Clock machine = GenericEventMessage.clock;
    try {
      MongoEventStorageEngine engine = engineOnTheEventClock();
      engine.appendEvents(event("A-2026", 0, 1));
      new GlobalIndexCounter(database.getCollection("counters")).allocate(1);
      engine.appendEvents(event("B-2026", 0, 2));

      GenericEventMessage.clock = Clock.fixed(EVENT_TIME.plusSeconds(9), ZoneOffset.UTC);
      assertThat(indices(engine)).containsExactly(1L);
      GenericEventMessage.clock = Clock.fixed(EVENT_TIME.plusSeconds(11), ZoneOffset.UTC);
      assertThat(indices(engineOnTheEventClock())).containsExactly(1L, 3L);
    } finally {
      GenericEventMessage.clock = machine;
    }
  }

  @Test
  void aTrackerWaitsForACommitLargerThanItsBatchWhileItIsInFlight() {
    MongoEventStorageEngine engine = engineAt(EVENT_TIME.plusSeconds(1));
    engine.appendEvents(event("A-2026", 0, 1));
    new GlobalIndexCounter(database.getCollection("counters")).allocate(250);
    engine.appendEvents(event("B-2026", 0, 2));

    assertThat(indices(engine)).containsExactly(1L);
  }

  @Test
  void anAbandonedGapWiderThanTheIndexLookaheadIsPassedOverAtOnce() {
    MongoEventStorageEngine engine = afterAnAbandonedGapOf3000();
    engine.appendEvents(event("B-2026", 0, 2));

    assertThat(indices(engine)).containsExactly(1L, 3_002L);
  }

  /**
   * An index its own process still has to write (a commit in flight, an unused reserve) may not be
   * passed over yet, so the reader reads nothing from it on: the commit signals once it is stored.
   */
  @Test
  void aReaderReadsNothingFromAnIndexItsOwnProcessStillHasToWrite() {
    MongoEventStorageEngine engine = afterAnAbandonedGapOf3000();
    for (int sequence = 0; sequence < 5; sequence++) {
      engine.appendEvents(event("B-2026", sequence, sequence)); // 3,002 to 3,006
    }

    assertThat(indices(readerWhereFirstHeldIs(Long.MAX_VALUE).after(1, 100)))
        .containsExactly(3_002L, 3_003L, 3_004L, 3_005L, 3_006L);
    assertThat(readerWhereFirstHeldIs(2).after(1, 100)).isEmpty();
    assertThat(indices(readerWhereFirstHeldIs(3_005).after(3_001, 100)))
        .containsExactly(3_002L, 3_003L, 3_004L);
    assertThat(readerWhereFirstHeldIs(3_002).after(3_001, 100)).isEmpty();
  }

  @Test
  void anIndexGivenUpByAFailedAppendIsPassedOverAtOnce() {
    MongoEventStorageEngine engine = engineAt(EVENT_TIME);
    engine.appendEvents(event("A-2026", 0, 1), event("A-2026", 1, 2));
    assertThatThrownBy(() -> engine.appendEvents(sameSequenceAsBefore()))
        .isInstanceOf(ConcurrencyException.class);
    engine.appendEvents(event("A-2026", 2, 3));

    assertThat(indices(engine)).containsExactly(1L, 2L, 4L);
    assertThat(new ChainVerifier(database).verifyAll().intact()).isTrue();
  }

  private static org.axonframework.eventhandling.DomainEventMessage<?> sameSequenceAsBefore() {
    var original = event("A-2026", 1, 9);
    return new org.axonframework.eventhandling.GenericDomainEventMessage<>(
        original.getType(),
        "A-2026",
        1,
        original.getPayload(),
        original.getMetaData(),
        "conflicting-write",
        original.getTimestamp());
  }

  private MongoEventStorageEngine engineOnTheEventClock() {
    MongoEventStorageEngine engine =
        MongoEventStorageEngine.builder()
            .database(database)
            .eventSerializer(TestEvents.SERIALIZER)
            .snapshotSerializer(TestEvents.SERIALIZER)
            .gapTimeout(Duration.ofSeconds(10))
            .build();
    engine.ensureIndexes();
    return engine;
  }

  private MongoEventStorageEngine engineAt(Instant now) {
    MongoEventStorageEngine engine =
        MongoEventStorageEngine.builder()
            .database(database)
            .eventSerializer(TestEvents.SERIALIZER)
            .snapshotSerializer(TestEvents.SERIALIZER)
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .gapTimeout(Duration.ofSeconds(10))
            .build();
    engine.ensureIndexes();
    return engine;
  }

  /** An engine that stored index 1, after which indices 2 to 3,001 were allocated and given up. */
  private MongoEventStorageEngine afterAnAbandonedGapOf3000() {
    MongoEventStorageEngine engine = engineAt(EVENT_TIME.plusSeconds(1));
    engine.appendEvents(event("A-2026", 0, 1));
    long first = new GlobalIndexCounter(database.getCollection("counters")).allocate(3_000);
    database
        .getCollection("domainevents.abandoned")
        .insertOne(new Document("_id", first).append("last", first + 2_999));
    return engine;
  }

  /** A reader in a process that still has to write {@code firstHeld} and some indices after it. */
  private GlobalOrderReader readerWhereFirstHeldIs(long firstHeld) {
    return new GlobalOrderReader(
        database.getCollection("domainevents"),
        new AbandonedIndices(
            database.getCollection("domainevents.abandoned"),
            database.getCollection("domainevents")),
        new GlobalIndexCounter(database.getCollection("counters")),
        Clock.fixed(EVENT_TIME.plusSeconds(1), ZoneOffset.UTC),
        Duration.ofSeconds(10),
        index -> Math.max(index, firstHeld));
  }

  private static List<Long> indices(List<TrackedEventData<?>> read) {
    return read.stream()
        .map(event -> ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex())
        .toList();
  }

  private static List<Long> indices(MongoEventStorageEngine engine) {
    return engine
        .readEvents(engine.createTailToken(), false)
        .map(TrackedEventMessage::trackingToken)
        .map(t -> ((GlobalSequenceTrackingToken) t).getGlobalIndex())
        .collect(Collectors.toList());
  }
}

package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaohe.platform.eventstore.TestEvents.event;

import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the engine guarantees, run against the embedded MongoDB server and, where Docker exists, a
 * real MongoDB replica set.
 */
abstract class EventStorageContract {
  private MongoEventStorageEngine engine;

  @BeforeEach
  void freshStore() {
    engine = TestEvents.engine(freshDatabase());
  }

  @Test
  void readsAnAggregatesEventsBackInSequenceWithPayloadAndMetaData() {
    engine.appendEvents(event("620100-2026", 0, 80), event("620100-2026", 1, 85));
    engine.appendEvents(event("620200-2026", 0, 70));

    List<? extends DomainEventMessage<?>> events =
        engine.readEvents("620100-2026").asStream().toList();

    assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
    assertThat(events.get(1).getPayload()).isEqualTo(new TestEvents.ScoreSet("HQD-ECONOMY", 85));
    assertThat(events.get(1).getMetaData()).containsEntry("agency", "PROV-STATS");
    assertThat(events.get(1).getTimestamp()).isEqualTo(event("x", 1, 0).getTimestamp());
    assertThat(engine.lastSequenceNumberFor("620100-2026")).contains(1L);
    assertThat(engine.lastSequenceNumberFor("unknown")).isEmpty();
  }

  /**
   * Aggregates are read a few ids at a time at first, more once all were there, within the engine's
   * batch size (50 here): streams ending at and around each step are read whole.
   */
  @Test
  void readsStreamsOfEveryLengthWholeAndInOrderFromAnySequence() {
    int[] lengths = {1, 15, 16, 17, 47, 48, 49, 50, 51, 130};
    for (int length : lengths) {
      List<DomainEventMessage<?>> stream = new java.util.ArrayList<>();
      for (int sequence = 0; sequence < length; sequence++) {
        stream.add(event("U" + length + "-2026", sequence, sequence));
      }
      engine.appendEvents(stream);
    }

    for (int length : lengths) {
      String aggregate = "U" + length + "-2026";
      assertThat(engine.readEvents(aggregate).asStream().map(e -> e.getSequenceNumber()).toList())
          .as(aggregate)
          .isEqualTo(java.util.stream.LongStream.range(0, length).boxed().toList());
      assertThat(engine.readEvents(aggregate, length / 2).asStream().count())
          .as(aggregate + " from " + length / 2)
          .isEqualTo(length - length / 2);
    }
  }

  @Test
  void appendingASequenceNumberTwiceIsAConcurrencyConflictAndStoresNothing() {
    engine.appendEvents(event("620100-2026", 0, 80), event("620100-2026", 1, 85));

    assertThatThrownBy(() -> engine.appendEvents(eventWithNewId("620100-2026", 1)))
        .isInstanceOf(ConcurrencyException.class);
    assertThat(
            engine.readEvents("620100-2026").asStream().<Object>map(e -> e.getPayload()).toList())
        .containsExactly(
            new TestEvents.ScoreSet("HQD-ECONOMY", 80), new TestEvents.ScoreSet("HQD-ECONOMY", 85));
  }

  @Test
  void creatingAnAggregateThatExistsIsRejected() {
    engine.appendEvents(event("620100-2026", 0, 80));

    assertThatThrownBy(() -> engine.appendEvents(eventWithNewId("620100-2026", 0)))
        .isInstanceOf(AggregateStreamCreationException.class);
  }

  @Test
  void aCommitThatFailsHalfWayLeavesNoneOfItsEvents() {
    engine.appendEvents(event("620200-2026", 0, 70));

    assertThatThrownBy(
            () ->
                engine.appendEvents(event("620100-2026", 0, 80), eventWithNewId("620200-2026", 0)))
        .isInstanceOf(AggregateStreamCreationException.class)
        .hasMessageContaining("620200-2026");

    assertThat(engine.readEvents("620100-2026").asStream().count()).isZero();
    assertThat(tracked(null)).hasSize(1);
  }

  @Test
  void trackingReadsEveryEventInGlobalOrderAndResumesFromAToken() {
    engine.appendEvents(event("A-2026", 0, 1), event("A-2026", 1, 2));
    engine.appendEvents(event("B-2026", 0, 3));
    engine.appendEvents(GenericEventMessage.asEventMessage("not from an aggregate"));

    List<TrackedEventMessage<?>> all = tracked(engine.createTailToken());
    List<TrackedEventMessage<?>> rest = tracked(all.get(1).trackingToken());

    assertThat(all)
        .extracting(e -> ((GlobalSequenceTrackingToken) e.trackingToken()).getGlobalIndex())
        .containsExactly(1L, 2L, 3L, 4L);
    assertThat(rest)
        .extracting(TrackedEventMessage::getIdentifier)
        .containsExactly(all.get(2).getIdentifier(), all.get(3).getIdentifier());
    assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(4));
    assertThat(engine.createTokenAt(event("A-2026", 1, 2).getTimestamp()))
        .isEqualTo(new GlobalSequenceTrackingToken(1));
  }

  @Test
  void keepsTheLatestSnapshotPerAggregate() {
    engine.storeSnapshot(event("620100-2026", 5, 80));
    engine.storeSnapshot(event("620100-2026", 9, 90));

    DomainEventMessage<?> snapshot = engine.readSnapshot("620100-2026").orElseThrow();

    assertThat(snapshot.getSequenceNumber()).isEqualTo(9);
    assertThat(snapshot.getPayload()).isEqualTo(new TestEvents.ScoreSet("HQD-ECONOMY", 90));
    assertThat(engine.readSnapshot("620200-2026")).isEmpty();
  }

  protected abstract com.mongodb.client.MongoDatabase freshDatabase();

  private List<TrackedEventMessage<?>> tracked(org.axonframework.eventhandling.TrackingToken from) {
    return engine.readEvents(from, false).collect(Collectors.toList());
  }

  private static DomainEventMessage<?> eventWithNewId(String aggregate, long sequence) {
    DomainEventMessage<?> original = event(aggregate, sequence, 1);
    return new org.axonframework.eventhandling.GenericDomainEventMessage<>(
        original.getType(),
        aggregate,
        sequence,
        original.getPayload(),
        original.getMetaData(),
        aggregate + "#" + sequence + "-retry",
        original.getTimestamp());
  }
}

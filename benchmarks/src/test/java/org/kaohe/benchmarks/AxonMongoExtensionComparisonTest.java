package org.kaohe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our engine and Axon's MongoDB extension engine side by side under the same concurrent writers and
 * tracker. Ours must deliver every committed event once and in global order; Axon's is only
 * reported (its tracking orders by timestamp, which is what this comparison shows).
 */
class AxonMongoExtensionComparisonTest {
  private static final int ROUNDS = 3;
  private static final AtomicInteger databases = new AtomicInteger();
  private static EmbeddedStore store;

  @BeforeAll
  static void startServer() {
    store = EmbeddedStore.start();
  }

  @AfterAll
  static void stopServer() {
    store.close();
  }

  @Test
  void oursDeliversEveryCommittedEventOnceInOrderAndAxonsIsReportedSideBySide() throws Exception {
    Counts ours = rounds(name -> store.ours(name), AxonMongoExtensionComparisonTest::globalIndex);
    Counts axon =
        rounds(name -> store.axonMongo(name), AxonMongoExtensionComparisonTest::epochNanos);

    new TextTable(
            String.format(
                "Tracking under concurrent writers: %d rounds of %d writers x %d appends,"
                    + " shared and own aggregates",
                ROUNDS, TrackingScenario.WRITERS, TrackingScenario.APPENDS_PER_WRITER),
            "committed",
            "seen",
            "skipped",
            "seen twice",
            "out of order")
        .row("ours (order: global index)", ours.cells())
        .row("axon-mongo (order: timestamp)", axon.cells())
        .print(System.out);

    assertThat(ours.committed()).isEqualTo(expectedCommits());
    assertThat(ours.skipped()).isZero();
    assertThat(ours.duplicates()).isZero();
    assertThat(ours.outOfOrder()).isZero();
    assertThat(ours.seen()).isEqualTo(ours.committed());
    assertThat(axon.committed()).isEqualTo(expectedCommits());
  }

  private static Counts rounds(
      Function<String, EventStorageEngine> engineOn,
      ToLongFunction<TrackedEventMessage<?>> orderKey)
      throws Exception {
    Counts total = Counts.NONE;
    for (int round = 0; round < ROUNDS; round++) {
      String database = "comparison-" + databases.incrementAndGet();
      TrackingOutcome outcome =
          new TrackingScenario(() -> engineOn.apply(database), orderKey).run();
      assertThat(outcome.countsAddUp()).as("seen = committed - skipped + seen twice").isTrue();
      total = total.plus(outcome.counts());
    }
    return total;
  }

  private static long expectedCommits() {
    return (long) ROUNDS * TrackingScenario.WRITERS * TrackingScenario.APPENDS_PER_WRITER;
  }

  private static long globalIndex(TrackedEventMessage<?> event) {
    return ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex();
  }

  private static long epochNanos(TrackedEventMessage<?> event) {
    Instant timestamp = event.getTimestamp();
    return timestamp.getEpochSecond() * 1_000_000_000L + timestamp.getNano();
  }
}

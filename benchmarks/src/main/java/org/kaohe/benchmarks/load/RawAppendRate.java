package org.kaohe.benchmarks.load;

import org.kaohe.benchmarks.BenchmarkEvents;
import org.kaohe.benchmarks.EmbeddedStore;
import org.kaohe.platform.eventstore.MongoEventStorageEngine;

/**
 * The ceiling for the service: events appended straight through our storage engine, one event per
 * commit as one recorded score gives, by one writer, to the service's MongoDB server. One round
 * takes about a second, so a single round moved by a fifth from run to run: the rate is taken over
 * several rounds, as the batches' is, each round on an empty database.
 */
final class RawAppendRate {
  private static final int AGGREGATES = 100;
  private static final int WARMUP_ROUNDS = 5;
  private static final int MEASURED_ROUNDS = 10;

  /** Events per second over all measured rounds, and the slowest and fastest round's. */
  record Result(double eventsPerSecond, double slowestRound, double fastestRound) {}

  private RawAppendRate() {}

  static Result measure(InProcessService infrastructure, int eventsPerRound) {
    for (int round = 0; round < WARMUP_ROUNDS; round++) {
      round(infrastructure, "raw-append-warmup-" + round, eventsPerRound);
    }
    double totalSeconds = 0;
    double slowest = Double.MAX_VALUE;
    double fastest = 0;
    for (int round = 0; round < MEASURED_ROUNDS; round++) {
      double seconds = round(infrastructure, "raw-append-" + round, eventsPerRound);
      totalSeconds += seconds;
      slowest = Math.min(slowest, eventsPerRound / seconds);
      fastest = Math.max(fastest, eventsPerRound / seconds);
    }
    return new Result((double) eventsPerRound * MEASURED_ROUNDS / totalSeconds, slowest, fastest);
  }

  /** Seconds taken to append {@code events} events to an empty database, dropped afterwards. */
  private static double round(InProcessService infrastructure, String database, int events) {
    MongoEventStorageEngine engine = engine(infrastructure, database);
    long start = System.nanoTime();
    for (int i = 0; i < events; i++) {
      engine.appendEvents(BenchmarkEvents.event("raw-" + i % AGGREGATES, i / AGGREGATES));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    engine.releaseReservedIndices();
    infrastructure.database(database).drop();
    return seconds;
  }

  // As EmbeddedStore.ours(), but on the server the service uses rather than one of its own.
  private static MongoEventStorageEngine engine(InProcessService infrastructure, String database) {
    MongoEventStorageEngine engine =
        MongoEventStorageEngine.builder()
            .database(infrastructure.database(database))
            .eventSerializer(BenchmarkEvents.SERIALIZER)
            .snapshotSerializer(BenchmarkEvents.SERIALIZER)
            .batchSize(EmbeddedStore.ENGINE_BATCH_SIZE)
            .build();
    engine.ensureIndexes();
    return engine;
  }
}

package org.kaohe.benchmarks.load;

import org.kaohe.benchmarks.BenchmarkEvents;
import org.kaohe.benchmarks.EmbeddedStore;
import org.kaohe.platform.eventstore.MongoEventStorageEngine;

/**
 * The ceiling for the service: events appended straight through our storage engine, one event per
 * commit as one recorded score gives, by one writer, to the service's MongoDB server.
 */
final class RawAppendRate {
  private static final int AGGREGATES = 100;

  private RawAppendRate() {}

  /** Events per second over {@code events} appends, after as many appends of warm-up. */
  static double measure(InProcessService infrastructure, int events) {
    append(engine(infrastructure, "raw-append-warmup"), "warmup", events);
    MongoEventStorageEngine engine = engine(infrastructure, "raw-append");
    long start = System.nanoTime();
    append(engine, "measured", events);
    double seconds = (System.nanoTime() - start) / 1e9;
    infrastructure.database("raw-append-warmup").drop();
    infrastructure.database("raw-append").drop();
    return events / seconds;
  }

  private static void append(MongoEventStorageEngine engine, String prefix, int events) {
    for (int i = 0; i < events; i++) {
      engine.appendEvents(BenchmarkEvents.event(prefix + "-" + i % AGGREGATES, i / AGGREGATES));
    }
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

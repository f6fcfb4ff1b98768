package org.kaohe.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.kaohe.platform.eventstore.MongoEventStorageEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to load one aggregate of 10,000 events stored by our engine, through Axon's event store as a
 * repository loads it, every payload deserialized as the aggregate's event handlers need it: from
 * the first event, or from a snapshot 100 events before the end.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class AggregateLoadBenchmark {
  static final int EVENTS = 10_000;
  static final int EVENTS_AFTER_SNAPSHOT = 100;
  private static final String AGGREGATE = "620100-2026";

  @Param({"none", "near-end"})
  public String snapshot;

  private EmbeddedStore store;
  private EmbeddedEventStore eventStore;

  @Setup(Level.Trial)
  public void fill() {
    store = EmbeddedStore.start();
    MongoEventStorageEngine engine = store.ours("load");
    StoreFiller.fillOne(engine, AGGREGATE, EVENTS);
    if (snapshot.equals("near-end")) {
      engine.storeSnapshot(
          BenchmarkEvents.snapshot(
              AGGREGATE,
              EVENTS - EVENTS_AFTER_SNAPSHOT - 1,
              new RoundSnapshot(AGGREGATE, scores())));
    }
    // The event store, not the engine, reads the snapshot first, as a repository's load does.
    eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    long loaded = loadInto(payload -> {});
    long expected = snapshot.equals("near-end") ? EVENTS_AFTER_SNAPSHOT + 1 : EVENTS;
    if (loaded != expected) {
      throw new IllegalStateException("loaded " + loaded + " messages, expected " + expected);
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    eventStore.shutDown();
    store.close();
  }

  @Benchmark
  public long load(Blackhole blackhole) {
    return loadInto(blackhole::consume);
  }

  private long loadInto(Consumer<Object> payloads) {
    DomainEventStream stream = eventStore.readEvents(AGGREGATE);
    long messages = 0;
    while (stream.hasNext()) {
      payloads.accept(stream.next().getPayload());
      messages++;
    }
    return messages;
  }

  private static Map<String, Double> scores() {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i = 0; i < 30; i++) {
      scores.put("INDICATOR-" + i, 80.0 + i / 10.0);
    }
    return scores;
  }
}

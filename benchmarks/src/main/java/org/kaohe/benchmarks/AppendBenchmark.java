package org.kaohe.benchmarks;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Append throughput, one event per commit as one command gives: our engine against Axon's MongoDB
 * extension engine on the same kind of embedded server. Scores are events per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class AppendBenchmark {
  @Param({"ours", "axon-mongo"})
  public String engine;

  private EmbeddedStore store;
  private EventStorageEngine storage;
  private String database;
  private int iteration;

  @Setup(Level.Trial)
  public void start() {
    store = EmbeddedStore.start();
  }

  /** The in-memory server keeps every event on the heap: start each iteration empty. */
  @Setup(Level.Iteration)
  public void emptyStore() {
    database = "append-" + ++iteration;
    storage = store.engine(EngineKind.of(engine), database);
  }

  @TearDown(Level.Iteration)
  public void dropStore() {
    store.database(database).drop();
  }

  @TearDown(Level.Trial)
  public void stop() {
    store.close();
  }

  /** Each writing thread appends to aggregates of its own, so no append conflicts. */
  @State(Scope.Thread)
  public static class Writer {
    private static final int AGGREGATES = 10;
    private final long[] nextSequence = new long[AGGREGATES];
    private String prefix;
    private int turn;

    @Setup(Level.Iteration)
    public void newAggregates() {
      prefix = UUID.randomUUID().toString();
      Arrays.fill(nextSequence, 0);
    }

    void appendNext(EventStorageEngine storage) {
      int aggregate = turn++ % AGGREGATES;
      storage.appendEvents(
          BenchmarkEvents.event(prefix + "-" + aggregate, nextSequence[aggregate]++));
    }
  }

  @Benchmark
  @Threads(1)
  public void oneWriter(Writer writer) {
    writer.appendNext(storage);
  }

  @Benchmark
  @Threads(8)
  // Eight busy threads on two cores starve the JIT compiler: it takes this long to settle (with
  // 40 s of warm-up our engine was still speeding up through the measured iterations).
  @Warmup(iterations = 14, time = 5)
  @Measurement(iterations = 5, time = 5)
  public void eightWriters(Writer writer) {
    writer.appendNext(storage);
  }
}

package org.kaohe.benchmarks;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.kaohe.platform.eventstore.MongoEventStorageEngine;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * A tracking processor catching up from the tail of a filled store through our engine, in its
 * batches, every payload deserialized, against the plain driver reading the same collection: once
 * as one sorted query, once in the same batches looked up by index as the engine does. The "events"
 * counter is events read per second. One catch-up of a million events is one iteration.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx10g")
@State(Scope.Benchmark)
public class TrackingCatchUpBenchmark {
  static final int AGGREGATES = 1_000;

  // Other sizes: -p events=20000,100000.
  @Param("1000000")
  public int events;

  private EmbeddedStore store;
  private MongoEventStorageEngine engine;
  private MongoCollection<Document> collection;
  private long highestIndex;

  @Setup(Level.Trial)
  public void fill() {
    store = EmbeddedStore.start();
    engine = store.ours("tracking");
    StoreFiller.fill(engine, events, AGGREGATES);
    collection = store.database("tracking").getCollection("domainevents");
    highestIndex =
        collection.find().sort(Sorts.descending("globalIndex")).first().getLong("globalIndex");
  }

  @TearDown(Level.Trial)
  public void stop() {
    store.close();
  }

  /** Counts events read; JMH reports it per second next to the catch-ups per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Read {
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
    }
  }

  @Benchmark
  public void engineTracking(Read read, Blackhole blackhole) {
    TrackingToken token = engine.createTailToken();
    long count = 0;
    while (true) {
      List<? extends TrackedEventMessage<?>> batch =
          engine.readEvents(token, false).collect(Collectors.toList());
      if (batch.isEmpty()) {
        break;
      }
      for (TrackedEventMessage<?> event : batch) {
        blackhole.consume(event.getPayload());
      }
      token = batch.get(batch.size() - 1).trackingToken();
      count += batch.size();
    }
    read.events += all(count);
  }

  @Benchmark
  public void rawSequentialRead(Read read, Blackhole blackhole) {
    long count = 0;
    for (Document document :
        collection.find().sort(Sorts.ascending("globalIndex")).batchSize(1_000)) {
      blackhole.consume(document);
      count++;
    }
    read.events += all(count);
  }

  /**
   * The engine's access path without the engine: batches looked up by their global indices (the
   * in-process server would scan the collection for each batch asked for by a range).
   */
  @Benchmark
  public void rawBatchedRead(Read read, Blackhole blackhole) {
    long count = 0;
    // Windows of indices up to the highest stored: a writer's given-up reserve leaves a gap.
    for (long after = 0; after < highestIndex; after += EmbeddedStore.ENGINE_BATCH_SIZE) {
      List<Long> indices =
          LongStream.rangeClosed(after + 1, after + EmbeddedStore.ENGINE_BATCH_SIZE)
              .boxed()
              .toList();
      List<Document> batch =
          collection
              .find(Filters.in("globalIndex", indices))
              .sort(Sorts.ascending("globalIndex"))
              .into(new ArrayList<>());
      batch.forEach(blackhole::consume);
      count += batch.size();
    }
    read.events += all(count);
  }

  private long all(long count) {
    if (count != events) {
      throw new IllegalStateException("read " + count + " events of " + events);
    }
    return count;
  }
}

package org.kaohe.benchmarks;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The limit: the plain driver inserting documents of the size our engine stores, into a collection
 * with the same unique indexes, without serialization, hashing or a global-index counter. Scores
 * are documents per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class RawInsertBenchmark {
  static final int BATCH = 10;

  private final AtomicLong globalIndex = new AtomicLong();
  private EmbeddedStore store;
  private MongoCollection<Document> events;
  private int iteration;

  @Setup(Level.Trial)
  public void start() {
    store = EmbeddedStore.start();
  }

  /** The in-memory server keeps every document on the heap: start each iteration empty. */
  @Setup(Level.Iteration)
  public void emptyCollection() {
    events = store.rawEvents("raw-" + ++iteration);
  }

  @TearDown(Level.Iteration)
  public void dropCollection() {
    events.drop();
  }

  @TearDown(Level.Trial)
  public void stop() {
    store.close();
  }

  /** Each writing thread writes its own aggregate. */
  @State(Scope.Thread)
  public static class Writer {
    private String aggregate;
    private long nextSequence;

    @Setup(Level.Iteration)
    public void newAggregate() {
      aggregate = UUID.randomUUID().toString();
      nextSequence = 0;
    }

    Document next(AtomicLong globalIndex) {
      return BenchmarkEvents.rawDocument(aggregate, nextSequence++, globalIndex.incrementAndGet());
    }

    List<Document> nextBatch(AtomicLong globalIndex) {
      List<Document> batch = new ArrayList<>(BATCH);
      for (int i = 0; i < BATCH; i++) {
        batch.add(next(globalIndex));
      }
      return batch;
    }
  }

  @Benchmark
  @Threads(1)
  public void insertOneOneWriter(Writer writer) {
    events.insertOne(writer.next(globalIndex));
  }

  @Benchmark
  @Threads(8)
  // As long as our engine's eight writers, for the same reason.
  @Warmup(iterations = 8, time = 5)
  @Measurement(iterations = 3, time = 5)
  public void insertOneEightWriters(Writer writer) {
    events.insertOne(writer.next(globalIndex));
  }

  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(BATCH)
  public void insertManyOneWriter(Writer writer) {
    events.insertMany(writer.nextBatch(globalIndex));
  }

  @Benchmark
  @Threads(8)
  // As long as our engine's eight writers, for the same reason.
  @Warmup(iterations = 8, time = 5)
  @Measurement(iterations = 3, time = 5)
  @OperationsPerInvocation(BATCH)
  public void insertManyEightWriters(Writer writer) {
    events.insertMany(writer.nextBatch(globalIndex));
  }
}

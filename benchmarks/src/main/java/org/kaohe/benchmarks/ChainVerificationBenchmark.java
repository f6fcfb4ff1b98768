package org.kaohe.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kaohe.platform.eventstore.ChainVerifier;
import org.kaohe.platform.eventstore.VerificationReport;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-store chain verification over a million events on 1,000 aggregates, written through our
 * engine. Scores are events verified per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx10g")
@State(Scope.Benchmark)
public class ChainVerificationBenchmark {
  static final int EVENTS = 1_000_000;
  static final int AGGREGATES = 1_000;

  private EmbeddedStore store;
  private ChainVerifier verifier;

  @Setup(Level.Trial)
  public void fill() {
    store = EmbeddedStore.start();
    StoreFiller.fill(store.ours("verify"), EVENTS, AGGREGATES);
    verifier = new ChainVerifier(store.database("verify"));
  }

  @TearDown(Level.Trial)
  public void stop() {
    store.close();
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public VerificationReport verifyAll() {
    VerificationReport report = verifier.verifyAll();
    if (!report.intact() || report.eventsVerified() != EVENTS) {
      throw new IllegalStateException("the filled store did not verify: " + report);
    }
    return report;
  }
}

package org.kaohe.benchmarks.load;

import java.io.PrintStream;

/** The figures of one run, printed as the table BENCHMARKS.md records. */
final class LoadReport {
  private final RawAppendRate.Result raw;
  private final int batchSize;
  private final int clients;
  private final SingleScoreLoad.Result single;
  private BatchLoad.Result batch;
  private String batchAbsence;

  LoadReport(RawAppendRate.Result raw, int batchSize, int clients, SingleScoreLoad.Result single) {
    this.raw = raw;
    this.batchSize = batchSize;
    this.clients = clients;
    this.single = single;
  }

  void batch(BatchLoad.Result result) {
    this.batch = result;
  }

  void batchAbsent(String reason) {
    this.batchAbsence = reason;
  }

  void print(PrintStream out) {
    out.println(
        "Assessment collection, in-process service on the embedded MongoDB server and Kafka broker");
    row(out, "raw append (our engine, 1 writer)", "%,.0f events/s", raw.eventsPerSecond());
    row(
        out,
        "  slowest – fastest round",
        "%s",
        String.format("%,.0f – %,.0f", raw.slowestRound(), raw.fastestRound()));
    out.println();
    out.printf("Batch submission, %,d scores per batch%n", batchSize);
    if (batch == null) {
      out.println("  not measured: " + batchAbsence);
    } else {
      row(out, "batches measured", "%d", batch.latencies().count());
      row(out, "throughput", "%,.0f scores/s", batch.scoresPerSecond());
      row(out, "p50 per batch", "%,.0f ms", batch.latencies().percentileMillis(50));
      row(out, "p99 per batch", "%,.0f ms", batch.latencies().percentileMillis(99));
      row(out, "throughput / raw append", "%.2fx", batch.scoresPerSecond() / raw.eventsPerSecond());
      row(out, "goal", "%s", "at least 0.50x");
      if (batch.cpuMicrosPerScore() >= 0) {
        row(out, "process CPU per score", "%,.0f µs", batch.cpuMicrosPerScore());
      }
      out.println("  each batch, warm-up first (ms, process CPU ms):");
      out.println(
          "   "
              + batch.everyBatch().stream()
                  .map(b -> String.format(" %,.0f (%,.0f)", b.nanos() / 1e6, b.cpuNanos() / 1e6))
                  .collect(java.util.stream.Collectors.joining()));
    }
    out.println();
    out.printf("Single score, %d concurrent clients%n", clients);
    row(out, "requests measured (201)", "%,.0f", (double) single.latencies().count());
    row(out, "not answered 201", "%,.0f", (double) single.failures());
    row(out, "throughput", "%,.0f scores/s", single.scoresPerSecond());
    row(out, "p50", "%.1f ms", single.latencies().percentileMillis(50));
    row(out, "p99", "%.1f ms", single.latencies().percentileMillis(99));
    row(out, "throughput / raw append", "%.2fx", single.scoresPerSecond() / raw.eventsPerSecond());
  }

  private static void row(PrintStream out, String label, String format, Object value) {
    out.printf("  %-36s %18s%n", label, String.format(format, value));
  }
}

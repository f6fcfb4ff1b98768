package org.kaohe.benchmarks.results;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.kaohe.benchmarks.load.Latencies;

/**
 * The measured changes matched with their results, and the table printed: end-to-end latency beside
 * Kafka's own, the goal, and how long each hop of the path took, from the timestamps Kafka gives
 * each record (the producer's clock, which is this machine's).
 */
final class ResultsLatencyReport {
  /** The goal: at most Kafka's own p99 plus this. */
  static final double GOAL_MARGIN_MILLIS = 50;

  /** Below this share of the rate, the results service is taken not to keep up with it. */
  private static final double SATURATED = 0.9;

  private final int rate;
  private final int seconds;
  private final Duration warmUp;
  private final int scores;
  private final Path logs;
  private final List<Hops> matched = new ArrayList<>();
  private final int measured;
  private final long refused;
  private final long noResult;
  private final long scoreEventsMissing;
  private final long[] baseline;
  private final int baselineLost;
  private final int recordBytes;
  private final long skipped;
  private final List<Double> loadAverages;
  private final long streamFrames;
  private final long eventsHandled;
  private final Exception streamFailure;

  /**
   * One change's times, in milliseconds from sending it: answered, its event produced to {@code
   * assessment.events}, its unit's result produced to {@code results.events} (NaN when not read),
   * the result's frame arrived at the subscriber.
   */
  record Hops(double answered, double relayed, double resultProduced, double onStream) {}

  ResultsLatencyReport(
      int rate,
      int seconds,
      Duration warmUp,
      int scores,
      Path logs,
      List<ChangeLoad.Sent> sent,
      KafkaTimestamps kafka,
      ResultStream stream,
      long[] baseline,
      int baselineLost,
      int recordBytes,
      long skipped,
      List<Double> loadAverages,
      long measureStartNanos) {
    this.rate = rate;
    this.seconds = seconds;
    this.warmUp = warmUp;
    this.scores = scores;
    this.logs = logs;
    this.baseline = baseline;
    this.baselineLost = baselineLost;
    this.recordBytes = recordBytes;
    this.skipped = skipped;
    this.loadAverages = List.copyOf(loadAverages);
    this.streamFrames = stream.unitResults();
    this.streamFailure = stream.failure();
    this.measured = sent.size();
    long anchorNanos = System.nanoTime();
    double anchorEpochMillis = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()) / 1_000.0;
    double measureStartMillis = anchorEpochMillis + (measureStartNanos - anchorNanos) / 1e6;
    this.eventsHandled =
        kafka.eventsHandledBetween(measureStartMillis, measureStartMillis + seconds * 1_000.0);
    long refusedCount = 0;
    long missingEvents = 0;
    long withoutResult = 0;
    for (ChangeLoad.Sent change : sent) {
      if (change.status != 201) {
        refusedCount++;
        continue;
      }
      KafkaTimestamps.ScoreEvent event = kafka.scoreEvent(change.requestId);
      if (event == null) {
        missingEvents++;
        continue;
      }
      Long arrival = stream.arrival(change.unitCode, event.eventId());
      if (arrival == null) {
        withoutResult++;
        continue;
      }
      double sentEpochMillis = anchorEpochMillis + (change.sentNanos - anchorNanos) / 1e6;
      Long produced = kafka.resultProduced(change.unitCode, event.eventId());
      matched.add(
          new Hops(
              (change.answeredNanos - change.sentNanos) / 1e6,
              event.producedMillis() - sentEpochMillis,
              produced == null ? Double.NaN : produced - sentEpochMillis,
              (arrival - change.sentNanos) / 1e6));
    }
    this.refused = refusedCount;
    this.scoreEventsMissing = missingEvents;
    this.noResult = withoutResult;
  }

  void print(PrintStream out) {
    Latencies endToEnd =
        new Latencies(matched.stream().mapToLong(h -> (long) (h.onStream() * 1e6)).toArray());
    Latencies kafka = new Latencies(baseline);
    out.println(
        "Results latency: a score change posted through the gateway until its unit's result"
            + " arrives on the SSE stream through the gateway");
    out.printf(
        "  %d changes/s of %s over its %,d scores, %d s measured after %d s of warm-up%n",
        rate, ResultsLatencyDriver.AGENCY, scores, seconds, warmUp.toSeconds());
    out.printf(
        "  Kafka: a plain producer and consumer on the same broker at the same rate, records of"
            + " %,d bytes (a score event's value, with its key and headers)%n",
        recordBytes);
    out.println();
    out.printf("  %-44s %10s %10s %10s %8s%n", "", "p50", "p99", "max", "count");
    row(out, "score change -> result on the stream", endToEnd);
    row(out, "Kafka producer -> consumer", kafka);
    if (noResult + scoreEventsMissing > 0) {
      out.printf(
          "  %-44s (over the %,d changes whose result arrived: with %,d still missing, lower"
              + " bounds)%n",
          "", matched.size(), noResult + scoreEventsMissing);
    }
    if (endToEnd.count() > 0 && kafka.count() > 0) {
      double margin = endToEnd.percentileMillis(99) - kafka.percentileMillis(99);
      out.printf(
          "  %-44s %10s %10.1f ms  (goal: at most %.0f ms, %s)%n",
          "p99 over Kafka's p99",
          "",
          margin,
          GOAL_MARGIN_MILLIS,
          margin <= GOAL_MARGIN_MILLIS ? "met" : "not met");
    }
    out.println();
    out.println("  Where the time goes, ms after the request was sent (p50 / p99):");
    hop(out, "answered 201 (event stored)", Hops::answered);
    hop(out, "event produced to assessment.events (relay)", Hops::relayed);
    hop(out, "unit's result produced to results.events", Hops::resultProduced);
    hop(out, "result's frame at the subscriber", Hops::onStream);
    out.println();
    out.printf(
        "  changes measured %,d: matched %,d, not answered 201 %,d, no event on Kafka %,d,"
            + " no result on the stream %,d; turns skipped (score still busy) %,d%n",
        measured, matched.size(), refused, scoreEventsMissing, noResult, skipped);
    out.printf(
        "  the results service handled %.1f score events/s while measuring (events whose first"
            + " result reached results.events then)%n",
        eventsHandled / (double) seconds);
    if (eventsHandled < SATURATED * rate * seconds) {
      out.printf(
          "  it did not keep up with %d changes/s: the changes queued on assessment.events, so"
              + " their latency grows with the length of the run%n",
          rate);
    }
    out.printf(
        "  unit results on the stream %,d; Kafka records not received %,d%n",
        streamFrames, baselineLost);
    if (streamFailure != null) {
      out.println("  the result stream ended early: " + streamFailure);
    }
    out.printf(
        "  1-minute load average while measuring: %.2f - %.2f; logs in %s%n",
        loadAverages.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
        loadAverages.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
        logs);
  }

  private static void row(PrintStream out, String label, Latencies latencies) {
    if (latencies.count() == 0) {
      out.printf("  %-44s %10s%n", label, "none");
      return;
    }
    out.printf(
        "  %-44s %7.1f ms %7.1f ms %7.1f ms %8d%n",
        label,
        latencies.percentileMillis(50),
        latencies.percentileMillis(99),
        latencies.percentileMillis(100),
        latencies.count());
  }

  private void hop(PrintStream out, String label, ToDoubleFunction<Hops> at) {
    double[] values =
        matched.stream().mapToDouble(at).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (values.length == 0) {
      out.printf("    %-46s %s%n", label, "none");
      return;
    }
    out.printf(
        "    %-46s %7.1f / %7.1f%n", label, nearestRank(values, 50), nearestRank(values, 99));
  }

  private static double nearestRank(double[] sorted, double percentile) {
    int rank = (int) Math.ceil(percentile / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}

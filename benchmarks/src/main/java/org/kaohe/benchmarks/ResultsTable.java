package org.kaohe.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Prints, from a JMH JSON result file, the figures and ratios that place the engine: ours against
 * Axon's MongoDB extension and the raw driver, aggregate load, verification per minute and tracking
 * catch-up against a raw read.
 */
public final class ResultsTable {
  private static final double VERIFICATION_GOAL_PER_MINUTE = 1_000_000;
  private static final String CATCH_UP = "TrackingCatchUpBenchmark.";

  private final JmhResults results;

  private ResultsTable(JmhResults results) {
    this.results = results;
  }

  public static void main(String[] args) throws Exception {
    new ResultsTable(JmhResults.read(Path.of(args[0]))).print();
  }

  private void print() {
    appends().print(System.out);
    aggregateLoad().print(System.out);
    verification().print(System.out);
    catchUp().print(System.out);
  }

  private TextTable appends() {
    List<OptionalDouble> ours = writers("AppendBenchmark.", "oneWriter", "eightWriters", "ours");
    List<OptionalDouble> axon =
        writers("AppendBenchmark.", "oneWriter", "eightWriters", "axon-mongo");
    List<OptionalDouble> one =
        writers("RawInsertBenchmark.", "insertOneOneWriter", "insertOneEightWriters", null);
    List<OptionalDouble> many =
        writers("RawInsertBenchmark.", "insertManyOneWriter", "insertManyEightWriters", null);
    return new TextTable(
            "Append, events/s (engines: one event per commit; raw: documents of the same size)",
            "1 writer",
            "8 writers")
        .row("ours", counts(ours))
        .row("axon-mongo", counts(axon))
        .row("raw insertOne", counts(one))
        .row("raw insertMany, 10 per call", counts(many))
        .row("ours / axon-mongo", ratios(ours, axon))
        .row("ours / raw insertOne", ratios(ours, one))
        .row("ours / raw insertMany", ratios(ours, many));
  }

  private List<OptionalDouble> writers(String benchmark, String one, String eight, String engine) {
    Map<String, String> params = engine == null ? Map.of() : Map.of("engine", engine);
    return List.of(
        results.score(benchmark + one, params), results.score(benchmark + eight, params));
  }

  private TextTable aggregateLoad() {
    return new TextTable("Aggregate load, one aggregate of 10,000 events (ours)", "ms per load")
        .row("from the first event", millis(load("none")))
        .row("from a snapshot 100 events before the end", millis(load("near-end")));
  }

  private OptionalDouble load(String snapshot) {
    return results.score("AggregateLoadBenchmark.load", Map.of("snapshot", snapshot));
  }

  private TextTable verification() {
    OptionalDouble perSecond = results.score("ChainVerificationBenchmark.verifyAll", Map.of());
    OptionalDouble perMinute = times(perSecond, 60);
    return new TextTable("Chain verification, whole store of 1,000,000 events")
        .row("events/s", count(perSecond))
        .row("events/min", count(perMinute))
        .row(
            "against the goal of 1,000,000/min",
            ratio(times(perMinute, 1 / VERIFICATION_GOAL_PER_MINUTE)));
  }

  private TextTable catchUp() {
    List<String> sizes = results.paramValues(CATCH_UP + "engineTracking", "events");
    List<OptionalDouble> engine = catchUp("engineTracking", sizes);
    List<OptionalDouble> sequential = catchUp("rawSequentialRead", sizes);
    List<OptionalDouble> batched = catchUp("rawBatchedRead", sizes);
    return new TextTable(
            "Tracking catch-up from the tail (ours), events/s",
            sizes.stream().map(n -> "N=" + n).toArray(String[]::new))
        .row("ours, engine.readEvents (batches of 100)", counts(engine))
        .row("raw find().sort(globalIndex)", counts(sequential))
        .row("raw find(globalIndex $in 100 indices) batches", counts(batched))
        .row("ours / raw sorted find", ratios(engine, sequential))
        .row("ours / raw batches", ratios(engine, batched));
  }

  private List<OptionalDouble> catchUp(String method, List<String> sizes) {
    return sizes.stream()
        .map(n -> results.secondary(CATCH_UP + method, "events", Map.of("events", n)))
        .toList();
  }

  private static String[] counts(List<OptionalDouble> values) {
    return values.stream().map(ResultsTable::count).toArray(String[]::new);
  }

  private static String[] ratios(List<OptionalDouble> a, List<OptionalDouble> b) {
    return IntStream.range(0, a.size())
        .mapToObj(i -> ratio(divide(a.get(i), b.get(i))))
        .toArray(String[]::new);
  }

  private static OptionalDouble divide(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() && b.isPresent() && b.getAsDouble() != 0
        ? OptionalDouble.of(a.getAsDouble() / b.getAsDouble())
        : OptionalDouble.empty();
  }

  private static OptionalDouble times(OptionalDouble a, double factor) {
    return a.isPresent() ? OptionalDouble.of(a.getAsDouble() * factor) : OptionalDouble.empty();
  }

  private static String count(OptionalDouble value) {
    return format("%,.0f", value);
  }

  private static String ratio(OptionalDouble value) {
    return format("%.2fx", value);
  }

  private static String millis(OptionalDouble value) {
    return format("%.1f", value);
  }

  private static String format(String pattern, OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, pattern, value.getAsDouble()) : "-";
  }
}

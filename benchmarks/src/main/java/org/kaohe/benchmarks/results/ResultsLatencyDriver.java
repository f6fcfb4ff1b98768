package org.kaohe.benchmarks.results;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kaohe.benchmarks.load.ScoreSlot;
import org.kaohe.benchmarks.stack.ServiceStack;
import org.kaohe.benchmarks.stack.ServiceStack.Launch;
import org.kaohe.benchmarks.stack.ServiceStack.Service;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.tools.embedded.LocalTokens;

/**
 * Measures how long a score change takes to reach a dashboard. Arguments: {@code [seconds] [rate]
 * [warm-up seconds]}, by default 60 s at 50 changes a second after 240 s. The gateway, the
 * assessment service and the results service run from their jars on fresh databases; one agency
 * changes its scores through the gateway at the rate, open loop, cycling over every score it may
 * submit; a dashboard subscribed to the result stream through the gateway receives the results.
 * After a warm-up (every score recorded once, and the seconds asked, {@link #DEFAULT_WARMUP} by
 * default), the changes of the measured seconds are each timed from sending the request until the
 * unit's result caused by the change arrives on the stream; Kafka's plain producer-to-consumer
 * latency is measured at the same rate on the same broker meanwhile. {@code
 * ASSESSMENT_JVM_OPTIONS}, {@code RESULTS_JVM_OPTIONS} and {@code GATEWAY_JVM_OPTIONS} add options
 * to the services' JVMs.
 */
public final class ResultsLatencyDriver {
  static final String AGENCY = "PROV-STATS";
  static final int YEAR = 2026;
  static final String CLOCK_START = "2026-12-01T00:00:00Z";

  /**
   * The warm-up by default: in the first minutes the JIT compilers of the three service JVMs take
   * most of a core between them, and what is measured after is the path as it runs for the days of
   * a round.
   */
  static final Duration DEFAULT_WARMUP = Duration.ofSeconds(240);

  /** A change whose result has not arrived this long after the measured seconds never will. */
  static final Duration DRAIN = Duration.ofSeconds(30);

  /** Token subjects sharing the changes, each below the gateway's limit per subject. */
  private static final int SUBJECTS = 4;

  private static final List<String> SERVICE_JVM = List.of("-Xms256m", "-Xmx1g", "-Xss512k");
  private static final List<String> GATEWAY_JVM = List.of("-Xms128m", "-Xmx512m", "-Xss512k");

  private ResultsLatencyDriver() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int warmUpSeconds =
        args.length > 2 ? Integer.parseInt(args[2]) : (int) DEFAULT_WARMUP.toSeconds();
    if (seconds <= 0 || rate <= 0 || warmUpSeconds < 0) {
      throw new IllegalArgumentException("seconds and rate must be positive, warm-up not negative");
    }
    PrintStream out = System.out;
    // The service JVMs are children of this one: an interrupted run must not leave them behind.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
    ScoreChanges changes = new ScoreChanges(ScoreSlot.all(ReferenceFiles.shipped(), AGENCY, YEAR));
    Duration warmUp = Duration.ofSeconds(Math.max(changes.size() / rate + 10, warmUpSeconds));
    try (ServiceStack stack =
        ServiceStack.startInfrastructure(Path.of("").toAbsolutePath(), "results-latency")) {
      out.println("Starting the assessment service, the results service and the gateway...");
      stack.start(
          Launch.of(
              Service.ASSESSMENT,
              jvm(SERVICE_JVM, "ASSESSMENT_JVM_OPTIONS"),
              List.of(
                  "--kaohe.eventstore.database=kaohe-assessment-latency",
                  "--kaohe.assessment.clock-start=" + CLOCK_START)),
          Launch.of(
              Service.RESULTS,
              jvm(SERVICE_JVM, "RESULTS_JVM_OPTIONS"),
              List.of("--kaohe.results.database=kaohe-results-latency")),
          Launch.of(Service.GATEWAY, jvm(GATEWAY_JVM, "GATEWAY_JVM_OPTIONS"), List.of()));
      out.println("Gateway at " + stack.gatewayUrl() + "; logs in " + stack.logs());
      ResultsLatencyReport report = run(stack, changes, warmUp, seconds, rate, out);
      out.println();
      report.print(out);
    }
    System.exit(0); // the broker's non-daemon threads would linger
  }

  private static ResultsLatencyReport run(
      ServiceStack stack,
      ScoreChanges changes,
      Duration warmUp,
      int seconds,
      int rate,
      PrintStream out)
      throws Exception {
    List<String> agencyTokens = new ArrayList<>();
    for (int i = 0; i < SUBJECTS; i++) {
      agencyTokens.add(token("results-latency-" + i, "agency", AGENCY));
    }
    ChangeLoad load = new ChangeLoad(stack.gatewayUrl(), changes, agencyTokens);
    long periodNanos = 1_000_000_000L / rate;
    // Daemon threads: a failed run must still let the JVM exit.
    ScheduledExecutorService ticks =
        Executors.newScheduledThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "load-ticks");
              thread.setDaemon(true);
              return thread;
            });
    List<Double> loadAverages = new ArrayList<>();
    try (KafkaTimestamps kafka = new KafkaTimestamps(stack.kafkaBootstrapServers());
        ResultStream stream =
            new ResultStream(
                stack.gatewayUrl(), token("results-latency-dashboard", "dashboard", null))) {
      out.printf(
          "Warm-up: %d s of changes at %d/s over %,d scores of %s...%n",
          warmUp.toSeconds(), rate, changes.size(), AGENCY);
      long warmUpEnds = System.nanoTime() + warmUp.toNanos();
      ticks.scheduleAtFixedRate(load::sendNext, 0, periodNanos, TimeUnit.NANOSECONDS);
      KafkaBaseline baseline =
          new KafkaBaseline(stack.kafkaBootstrapServers(), kafka.sample(Duration.ofMinutes(1)));
      try {
        ticks.scheduleAtFixedRate(baseline::send, 0, periodNanos, TimeUnit.NANOSECONDS);
        if (!stream.awaitConnected(warmUp)) {
          throw new IllegalStateException("the result stream sent nothing during the warm-up");
        }
        TimeUnit.NANOSECONDS.sleep(Math.max(0, warmUpEnds - System.nanoTime()));
        out.printf("Measuring: %d s...%n", seconds);
        baseline.drain();
        load.startMeasuring();
        long measureStarts = System.nanoTime();
        long measureEnds = measureStarts + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < measureEnds) {
          loadAverages.add(loadAverage());
          TimeUnit.NANOSECONDS.sleep(Math.min(5_000_000_000L, measureEnds - System.nanoTime()));
        }
        ticks.shutdownNow();
        ticks.awaitTermination(10, TimeUnit.SECONDS);
        out.println("Waiting for the last results...");
        List<ChangeLoad.Sent> measured = load.measured();
        long drainEnds = System.nanoTime() + DRAIN.toNanos();
        while (System.nanoTime() < drainEnds
            && (pending(measured, kafka, stream) > 0 || baseline.outstanding() > 0)) {
          TimeUnit.MILLISECONDS.sleep(200);
        }
        return new ResultsLatencyReport(
            rate,
            seconds,
            warmUp,
            changes.size(),
            stack.logs(),
            measured,
            kafka,
            stream,
            baseline.drain(),
            baseline.outstanding(),
            kafka.sample(Duration.ZERO).serializedValueSize(),
            load.skipped(),
            loadAverages,
            measureStarts);
      } finally {
        ticks.shutdownNow();
        baseline.close();
      }
    }
  }

  /** The JVM options, and those the environment variable adds (a flight recording, say). */
  private static List<String> jvm(List<String> options, String variable) {
    List<String> all = new ArrayList<>(options);
    String more = System.getenv().getOrDefault(variable, "").trim();
    if (!more.isEmpty()) {
      all.addAll(Arrays.asList(more.split("\\s+")));
    }
    return all;
  }

  /** Measured changes answered 201 whose result has not arrived yet. */
  private static long pending(
      List<ChangeLoad.Sent> measured, KafkaTimestamps kafka, ResultStream stream) {
    return measured.stream()
        .filter(s -> s.status == 0 || s.status == 201)
        .filter(
            s -> {
              KafkaTimestamps.ScoreEvent event = kafka.scoreEvent(s.requestId);
              return event == null || stream.arrival(s.unitCode, event.eventId()) == null;
            })
        .count();
  }

  /** The 1-minute load average: other work on the machine competes for its cores. */
  private static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException unavailable) {
      return Double.NaN;
    }
  }

  private static String token(String subject, String role, String agency) {
    return LocalTokens.mint(
        LocalTokens.DEFAULT_SECRET, subject, role, agency, Duration.ofHours(6), Clock.systemUTC());
  }
}

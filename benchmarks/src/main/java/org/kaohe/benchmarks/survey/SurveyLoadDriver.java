package org.kaohe.benchmarks.survey;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kaohe.survey.responses.RespondentKeys;
import org.kaohe.survey.responses.ResponseStore;

/**
 * Runs the survey benchmarks and prints their tables. Arguments: {@code [responses[,responses...]]
 * [clients]}, by default {@code 1000000} and 2: for each campaign size in turn, the survey service
 * starts on an empty database, takes a warm-up campaign, then the measured one, both ways (see
 * {@link IngestionLoad}), and the campaign is closed and timed until every unit's result is on
 * Kafka. The environment variables {@code SURVEY_JVM_OPTIONS} and {@code GATEWAY_JVM_OPTIONS} add
 * options to the survey service's and the gateway's JVMs, for a flight recording.
 */
public final class SurveyLoadDriver {
  static final int BATCH_SIZE = 1_000;

  /**
   * Enough batches for the JIT to finish the ingestion path, in the service and in this JVM's
   * MongoDB server, before the measured ones: with 30, the first campaign ran at a quarter of the
   * rate the later ones reached.
   */
  private static final int WARMUP_BATCHES = 150;

  /** Each side's share of a round: 100,000 responses, a few seconds of work. */
  private static final int ROUND_BATCHES = 100;

  /**
   * Axon interrupts an event handler after 30 s and its unit of work after 60 s, and the processor
   * then goes on past the event: results not on Kafka after three minutes will not come.
   */
  static final Duration RESULTS_TIMEOUT = Duration.ofMinutes(3);

  private SurveyLoadDriver() {}

  public static void main(String[] args) throws Exception {
    long[] sizes =
        Arrays.stream((args.length > 0 ? args[0] : "1000000").split(","))
            .mapToLong(s -> Long.parseLong(s.trim().replace("_", "")))
            .toArray();
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    for (long size : sizes) {
      if (size <= 0 || size % BATCH_SIZE != 0) {
        throw new IllegalArgumentException(
            "a campaign size must be a positive multiple of " + BATCH_SIZE + ", got " + size);
      }
    }
    PrintStream out = System.out;
    // The service JVMs are children of this one: an interrupted run must not leave them behind.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
    String extraOptions = System.getenv().getOrDefault("SURVEY_JVM_OPTIONS", "");
    SurveyLoadReport report = new SurveyLoadReport(BATCH_SIZE, clients);
    String gatewayOptions = System.getenv().getOrDefault("GATEWAY_JVM_OPTIONS", "");
    try (SurveyStack stack =
            SurveyStack.start(Path.of("").toAbsolutePath(), extraOptions, gatewayOptions);
        PublishedResultsWatch watch = new PublishedResultsWatch(stack.kafkaBootstrapServers())) {
      out.println("Gateway at " + stack.gatewayUrl() + "; logs in " + stack.logs());
      for (long size : sizes) {
        report.add(campaign(stack, watch, size, clients, out));
      }
      stack.stopSurvey();
      out.println();
      report.print(out);
    }
    System.exit(0); // the broker's and the Kafka consumer's non-daemon threads would linger
  }

  private static SurveyLoadReport.Campaign campaign(
      SurveyStack stack, PublishedResultsWatch watch, long size, int clients, PrintStream out)
      throws Exception {
    out.printf("%nCampaign of %,d responses: starting the survey service...%n", size);
    stack.startSurvey("kaohe-survey-bench-" + size);
    SurveyApi api = new SurveyApi(stack.gatewayUrl());
    SurveyApi.Units units = api.units();
    Map<String, Long> pids = new LinkedHashMap<>();
    pids.put("survey service", stack.surveyPid());
    pids.put("gateway", stack.gatewayPid());
    pids.put("driver (MongoDB, Kafka)", ProcessHandle.current().pid());
    MongoDatabase rawDatabase = stack.database("kaohe-survey-raw-" + size);
    ResponseStore.in(rawDatabase); // the raw responses get the service's indexes
    IngestionLoad load =
        new IngestionLoad(
            api,
            rawDatabase.getCollection("responses"),
            new RespondentKeys(rawDatabase.getCollection("respondentkeys")),
            new ProcessesCpu(pids),
            BATCH_SIZE,
            clients,
            out);

    String warmUp = "BENCH-WARMUP-" + size;
    out.printf("Warm-up: %d batches each way...%n", WARMUP_BATCHES);
    api.defineAndOpen(warmUp, units);
    load.run(
        warmUp,
        new ResponseGenerator(warmUp, units.all()),
        (long) WARMUP_BATCHES * BATCH_SIZE,
        WARMUP_BATCHES);
    // Closing the warm-up campaign runs the computation once, so the measured close meets code
    // the JIT has compiled, as in a service that has closed a campaign before; the cold close is
    // reported beside it.
    Close coldClose = close(api, watch, warmUp, units);
    // Only the measured campaign's responses stay, so the close reads exactly its size.
    stack.surveyDatabase().getCollection("responses").deleteMany(Filters.eq("c", warmUp));
    rawDatabase.getCollection("responses").deleteMany(Filters.eq("c", warmUp));

    String campaign = "BENCH-" + size;
    api.defineAndOpen(campaign, units);
    out.printf(
        "Ingestion: %,d responses each way, in rounds of %d batches...%n", size, ROUND_BATCHES);
    IngestionLoad.Result ingestion =
        load.run(campaign, new ResponseGenerator(campaign, units.all()), size, ROUND_BATCHES);
    long stored = stack.surveyDatabase().getCollection("responses").countDocuments();
    long rawStored = rawDatabase.getCollection("responses").countDocuments();
    if (stored != size || rawStored != size) {
      throw new IllegalStateException(
          "stored " + stored + " through the gateway and " + rawStored + " raw, not " + size);
    }
    rawDatabase.drop();

    Close close = close(api, watch, campaign, units);
    return new SurveyLoadReport.Campaign(
        size, ingestion, close, (long) WARMUP_BATCHES * BATCH_SIZE, coldClose, units.all().size());
  }

  /**
   * Seconds from the closing request to its answer, and to the last unit's result on Kafka; how
   * many units' results arrived before the driver stopped waiting.
   */
  record Close(double answeredSeconds, double resultsOnKafkaSeconds, int unitsPublished) {}

  private static Close close(
      SurveyApi api, PublishedResultsWatch watch, String campaign, SurveyApi.Units units)
      throws InterruptedException {
    System.out.printf(
        "Closing %s and waiting for its %d results on Kafka...%n", campaign, units.all().size());
    long start = System.nanoTime();
    api.close(campaign);
    long answered = System.nanoTime();
    PublishedResultsWatch.Arrivals arrivals =
        watch.awaitUnits(campaign, units.all().size(), RESULTS_TIMEOUT);
    return new Close(
        (answered - start) / 1e9,
        arrivals.units() == 0 ? Double.NaN : (arrivals.lastNanos() - start) / 1e9,
        arrivals.units());
  }
}

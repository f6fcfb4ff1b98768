package org.kaohe.benchmarks.survey;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The figures of every campaign size run, as the tables of BENCHMARKS.md show them. */
final class SurveyLoadReport {

  /**
   * One campaign: its ingestion both ways and the time from its close to its results, and the close
   * of the warm-up campaign before it, the first computation in that service.
   */
  record Campaign(
      long responses,
      IngestionLoad.Result ingestion,
      SurveyLoadDriver.Close close,
      long warmUpResponses,
      SurveyLoadDriver.Close coldClose,
      int units) {}

  private final int batchSize;
  private final int clients;
  private final List<Campaign> campaigns = new ArrayList<>();

  SurveyLoadReport(int batchSize, int clients) {
    this.batchSize = batchSize;
    this.clients = clients;
  }

  void add(Campaign campaign) {
    campaigns.add(campaign);
  }

  void print(PrintStream out) {
    out.printf(
        "Survey ingestion, batches of %,d NDJSON responses, %d batches at a time on each side%n",
        batchSize, clients);
    out.println("  gateway: through the gateway to the survey service (checks, keyed hashes,");
    out.println("           one unordered insertMany, the batch's columns for the results,");
    out.println("           the batch recorded as a campaign event)");
    out.println(
        "  raw:     one unordered insertMany per batch of the same documents, same MongoDB"
            + " server, same indexes");
    for (Campaign campaign : campaigns) {
      IngestionLoad.Side gateway = campaign.ingestion().gateway();
      IngestionLoad.Side raw = campaign.ingestion().raw();
      out.printf(
          "%n  %,d responses (%,d batches per side)%n",
          campaign.responses(), gateway.batches().count());
      row(out, "", "gateway", "raw");
      row(
          out,
          "responses/s",
          String.format("%,.0f", gateway.responsesPerSecond()),
          String.format("%,.0f", raw.responsesPerSecond()));
      row(
          out,
          "p50 per batch",
          String.format("%,.1f ms", gateway.batches().percentileMillis(50)),
          String.format("%,.1f ms", raw.batches().percentileMillis(50)));
      row(
          out,
          "p99 per batch",
          String.format("%,.1f ms", gateway.batches().percentileMillis(99)),
          String.format("%,.1f ms", raw.batches().percentileMillis(99)));
      List<String> processes = campaign.ingestion().processes();
      for (int i = 0; i < processes.size(); i++) {
        row(
            out,
            "CPU per response, " + processes.get(i),
            String.format("%,.1f µs", gateway.cpuMicrosPerResponse()[i]),
            String.format("%,.1f µs", raw.cpuMicrosPerResponse()[i]));
      }
      out.printf(
          "  %-44s %12.2fx%n",
          "responses/s, gateway / raw", gateway.responsesPerSecond() / raw.responsesPerSecond());
      // As a fraction of raw, the faster the larger, as the rate's.
      out.printf(
          "  %-44s %12.2fx%n",
          "p99 per batch, raw / gateway",
          raw.batches().percentileMillis(99) / gateway.batches().percentileMillis(99));
      out.printf("  %-44s %13s%n", "goal, each", "at least 0.50x");
    }
    out.println();
    out.println("Results after close: POST closing until every unit's result is on survey.events");
    out.printf(
        "  %12s %6s %15s %21s %10s%n",
        "responses", "units", "close answered", "all results on Kafka", "per 100k");
    for (Campaign campaign : campaigns) {
      closeRow(out, campaign.responses(), campaign.units(), campaign.close(), "");
    }
    out.printf("  %-44s %s%n", "goal", "under 10 s at 1,000,000");
    out.println(
        "  the first close in each service (its warm-up campaign), before the JIT compiled it:");
    for (Campaign campaign : campaigns) {
      closeRow(out, campaign.warmUpResponses(), campaign.units(), campaign.coldClose(), " (cold)");
    }
  }

  private static void closeRow(
      PrintStream out, long responses, int units, SurveyLoadDriver.Close close, String note) {
    if (close.unitsPublished() < units) {
      out.printf(
          "  %,12d %6d %13.2f s   only %d of %d results within %d s%s%n",
          responses,
          units,
          close.answeredSeconds(),
          close.unitsPublished(),
          units,
          SurveyLoadDriver.RESULTS_TIMEOUT.toSeconds(),
          note);
      return;
    }
    out.printf(
        "  %,12d %6d %13.2f s %19.2f s %8.2f s%s%n",
        responses,
        units,
        close.answeredSeconds(),
        close.resultsOnKafkaSeconds(),
        close.resultsOnKafkaSeconds() / (responses / 100_000.0),
        note);
  }

  private static void row(PrintStream out, String label, String gateway, String raw) {
    out.printf("  %-44s %12s %12s%n", label, gateway, raw);
  }
}

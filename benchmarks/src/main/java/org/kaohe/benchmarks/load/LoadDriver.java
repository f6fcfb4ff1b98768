package org.kaohe.benchmarks.load;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the assessment collection benchmarks against the service in this JVM and prints a table.
 * Arguments: {@code [batchSize] [batchIterations] [singleRequests]}, by default 10000, 5 and 4000.
 */
public final class LoadDriver {
  private static final String AGENCY = "PROV-ORG";
  private static final int YEAR = 2026;
  private static final int CLIENTS = 8;
  // The CPU a batch costs falls until about the fifth batch, as the JIT finishes the service's
  // code: the batches measured are those after it (each batch's figures are printed to show it).
  private static final int BATCH_WARMUPS = 5;
  // PROV-ORG may score about seven inputs of every county: 16,000 counties give some 113,000
  // distinct scores, enough for the default run's 5,000 single scores and ten batches of 10,000.
  private static final int SYNTHETIC_COUNTIES = 16_000;

  private LoadDriver() {}

  public static void main(String[] args) throws Exception {
    int batchSize = argument(args, 0, 10_000);
    int batchIterations = argument(args, 1, 5);
    int singleRequests = argument(args, 2, 4_000);
    PrintStream out = System.out;

    try (InProcessService service = InProcessService.startInfrastructure()) {
      out.printf(
          "Raw append through MongoEventStorageEngine, rounds of %,d events...%n", batchSize);
      RawAppendRate.Result rawRate = RawAppendRate.measure(service, batchSize);

      Path units =
          SyntheticCounties.write(
              Files.createTempFile("kaohe-load-units-", ".csv"), SYNTHETIC_COUNTIES);
      service.startService(units);
      ScoreSlots slots = ScoreSlots.of(service.reference(), AGENCY, YEAR);
      ServiceClient client = new ServiceClient(service.port(), AGENCY);
      out.printf(
          "Service on port %d; %,d distinct scores for %s%n",
          service.port(), slots.remaining(), AGENCY);

      out.printf(
          "Single scores, %d clients: %,d warm-up, %,d measured...%n",
          CLIENTS, singleRequests / 4, singleRequests);
      SingleScoreLoad.run(client, slots, CLIENTS, singleRequests / 4);
      SingleScoreLoad.Result single = SingleScoreLoad.run(client, slots, CLIENTS, singleRequests);

      LoadReport report = new LoadReport(rawRate, batchSize, CLIENTS, single);
      if (!BatchLoad.isAvailable(client)) {
        report.batchAbsent(
            "POST " + BatchLoad.PATH + " answers 404: the batch endpoint is not in this build");
      } else {
        out.printf(
            "Batches of %,d: %d warm-up, %d measured...%n",
            batchSize, BATCH_WARMUPS, batchIterations);
        try {
          report.batch(
              BatchLoad.run(client, slots, service, batchSize, BATCH_WARMUPS, batchIterations));
        } catch (BatchLoad.BatchRefused refused) {
          report.batchAbsent("a batch was not accepted whole: " + refused.getMessage());
        }
      }
      out.println();
      report.print(out);
    }
    System.exit(0); // the service's and the broker's non-daemon threads would keep the JVM alive
  }

  private static int argument(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }
}

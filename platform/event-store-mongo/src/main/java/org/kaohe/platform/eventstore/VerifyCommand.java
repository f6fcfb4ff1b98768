package org.kaohe.platform.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Verifies an event store straight from MongoDB, without the services:
 *
 * <pre>
 * java -cp event-store-mongo-verifier.jar org.kaohe.platform.eventstore.VerifyCommand \
 *     --uri mongodb://host:27017 --database kaohe-assessment [--aggregate 620100-2026 | --from 1 --to 5000]
 * </pre>
 *
 * Exit status: 0 intact, 1 a broken link or an unexplained gap, 2 wrong arguments, 3 the store
 * could not be read.
 */
public final class VerifyCommand {
  private VerifyCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    try {
      options = options(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(
          "usage: --uri MONGODB_URI --database NAME [--aggregate ID | --from INDEX --to INDEX]");
      return 2;
    }
    try (MongoClient client = MongoClients.create(options.get("uri"))) {
      ChainVerifier verifier = new ChainVerifier(client.getDatabase(options.get("database")));
      VerificationReport report;
      if (options.containsKey("aggregate")) {
        report = verifier.verifyAggregate(options.get("aggregate"));
      } else if (options.containsKey("from")) {
        report =
            verifier.verifyRange(
                Long.parseLong(options.get("from")), Long.parseLong(options.get("to")));
      } else {
        report = verifier.verifyAll();
      }
      print(report, out);
      return report.intact() ? 0 : 1;
    } catch (MongoException e) {
      err.println("cannot read the event store at " + options.get("uri") + ": " + e.getMessage());
      return 3;
    }
  }

  private static void print(VerificationReport report, PrintStream out) {
    out.println("events verified: " + report.eventsVerified());
    if (report.firstBrokenLink() != null) {
      BrokenLink link = report.firstBrokenLink();
      out.printf(
          "BROKEN at aggregate %s, sequence %d, global index %d: %s%n",
          link.aggregateIdentifier(), link.sequenceNumber(), link.globalIndex(), link.reason());
    }
    if (report.unexplainedGaps() > 0) {
      out.println("UNEXPLAINED GAPS in the global index: " + report.unexplainedGaps());
    }
    if (report.intact()) {
      out.println("intact; head hashes:");
      report.headHashes().forEach((aggregate, hash) -> out.println("  " + aggregate + " " + hash));
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    for (String required : new String[] {"uri", "database"}) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("missing --" + required);
      }
    }
    if (options.containsKey("from") != options.containsKey("to")) {
      throw new IllegalArgumentException("--from and --to go together");
    }
    return options;
  }
}

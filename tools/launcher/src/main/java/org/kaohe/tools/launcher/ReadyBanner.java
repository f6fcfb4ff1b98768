package org.kaohe.tools.launcher;

import java.util.List;
import org.kaohe.tools.embedded.LocalTokens;

/** What a developer needs once the stack is up: where it is and how to call it. */
final class ReadyBanner {

  private ReadyBanner() {}

  static List<String> lines(LocalStack stack) {
    StackConfig config = stack.config();
    String gateway = stack.gatewayUrl();
    List<String> secretHint =
        config.jwtSecret().equals(LocalTokens.DEFAULT_SECRET)
            ? List.of()
            : List.of(
                "  (this stack signs with a custom secret: export the same KAOHE_JWT_SECRET first)");
    return concat(
        List.of(
            "",
            "Kaohe is ready in " + Durations.human(stack.startUpTime()) + ".",
            "  Gateway:    " + gateway,
            "  Dashboard:  " + gateway + "/dashboard/",
            "  Kafka:      " + stack.kafkaBootstrapServers(),
            "  MongoDB:    " + stack.mongoConnectionString(),
            "  Data:       " + config.dataDir(),
            "",
            "Get a token (roles: agency | auditor | dashboard | admin):",
            "  TOKEN=$(./kaohe token agency --agency PROV-STATS)"),
        secretHint,
        List.of(
            "Record a score:",
            "  curl -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json'"
                + " -d '{\"unitCode\":\"620100\",\"year\":2026,\"indicatorCode\":\"HQD-ECONOMY\","
                + "\"value\":87.5}' "
                + gateway
                + "/api/assessment/scores",
            "Watch results as they change:",
            "  curl -N -H \"Authorization: Bearer $(./kaohe token dashboard)\" "
                + gateway
                + "/api/results/stream",
            "",
            "Press Ctrl-C to stop; data stays in the data dir for the next start.",
            ""));
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
  }
}

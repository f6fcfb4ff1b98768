package org.kaohe.tools.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The four services of the stack: their jars in the repository and how each JVM is started. */
final class ServiceLayout {

  /** Small heaps and C1 only: the stack starts fast and fits in about 2 GB on a laptop. */
  static final List<String> JVM_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xss512k",
          "-Xms64m",
          "-Xmx256m",
          "-XX:MaxMetaspaceSize=160m",
          "-Dfile.encoding=UTF-8",
          "-Dstdout.encoding=UTF-8",
          "-Dstderr.encoding=UTF-8",
          "-Daxoniq.update-checker.disabled=true",
          "-Ddisable-axoniq-console-message=true");

  static final String LOOPBACK = "127.0.0.1";

  private ServiceLayout() {}

  static Path jar(Path repoRoot, String module) {
    return repoRoot.resolve(module).resolve("target").resolve(module + "-exec.jar");
  }

  static List<Path> missingJars(StackConfig config) {
    return modules().stream()
        .map(module -> jar(config.repoRoot(), module))
        .filter(jar -> !Files.isRegularFile(jar))
        .toList();
  }

  /** Back-end services first, gateway last, so its output comes after theirs. */
  static List<ServiceSpec> services(
      StackConfig config, String kafkaBootstrapServers, String mongoConnectionString) {
    Map<String, String> shared = new LinkedHashMap<>();
    shared.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
    shared.put("MONGODB_URI", mongoConnectionString);
    shared.put("KAOHE_JWT_SECRET", config.jwtSecret());
    // Loopback only: nothing on the network reaches a service around the gateway, nor the gateway
    // of a stack whose tokens are signed with the public development secret.
    shared.put("SERVER_ADDRESS", LOOPBACK);

    Map<String, String> gatewayOnly = new LinkedHashMap<>();
    gatewayOnly.put("ASSESSMENT_URL", localUrl(config.assessmentPort()));
    gatewayOnly.put("SURVEY_URL", localUrl(config.surveyPort()));
    gatewayOnly.put("RESULTS_URL", localUrl(config.resultsPort()));

    return List.of(
        service(config, "assessment", config.assessmentPort(), shared, Map.of()),
        service(config, "survey", config.surveyPort(), shared, Map.of()),
        service(config, "results", config.resultsPort(), shared, Map.of()),
        service(config, "gateway", config.gatewayPort(), shared, gatewayOnly));
  }

  static String localUrl(int port) {
    return "http://" + LOOPBACK + ":" + port;
  }

  static Path javaExecutable() {
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
  }

  private static List<String> modules() {
    return List.of("assessment-service", "survey-service", "results-service", "gateway");
  }

  private static ServiceSpec service(
      StackConfig config,
      String name,
      int port,
      Map<String, String> shared,
      Map<String, String> extra) {
    String module = name.equals("gateway") ? name : name + "-service";
    List<String> command = new ArrayList<>();
    command.add(javaExecutable().toString());
    command.addAll(JVM_OPTIONS);
    command.add("-jar");
    command.add(jar(config.repoRoot(), module).toString());

    Map<String, String> environment = new LinkedHashMap<>(shared);
    environment.put("SERVER_PORT", String.valueOf(port));
    environment.putAll(extra);
    return new ServiceSpec(name, command, environment, config.repoRoot(), port);
  }
}

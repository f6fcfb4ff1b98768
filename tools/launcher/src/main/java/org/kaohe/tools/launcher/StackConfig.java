package org.kaohe.tools.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.kaohe.tools.embedded.FreePorts;
import org.kaohe.tools.embedded.LocalTokens;

/**
 * Where the local stack finds the service jars and keeps its data, and the ports it uses. A port of
 * 0 means "any free port", chosen before anything starts.
 */
public record StackConfig(
    Path repoRoot,
    Path dataDir,
    int gatewayPort,
    int assessmentPort,
    int surveyPort,
    int resultsPort,
    int kafkaPort,
    int mongoPort,
    String jwtSecret,
    Duration readyTimeout) {

  static final int DEFAULT_GATEWAY_PORT = 8080;
  static final int DEFAULT_ASSESSMENT_PORT = 8081;
  static final int DEFAULT_SURVEY_PORT = 8082;
  static final int DEFAULT_RESULTS_PORT = 8083;
  static final int DEFAULT_KAFKA_PORT = 19092;
  static final int DEFAULT_MONGO_PORT = 27117;
  static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(90);
  static final String DEFAULT_DATA_DIR_NAME = ".kaohe-data";

  private static final int MIN_SECRET_BYTES = 32;

  public StackConfig {
    Objects.requireNonNull(repoRoot, "repoRoot");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(jwtSecret, "jwtSecret");
    Objects.requireNonNull(readyTimeout, "readyTimeout");
    repoRoot = repoRoot.toAbsolutePath().normalize();
    dataDir = dataDir.toAbsolutePath().normalize();
    if (readyTimeout.isZero() || readyTimeout.isNegative()) {
      throw new IllegalArgumentException("Ready timeout must be positive, got " + readyTimeout);
    }
    if (jwtSecret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "JWT secret must be at least " + MIN_SECRET_BYTES + " bytes for HS256");
    }
    requireDistinctValidPorts(
        portsByOwner(gatewayPort, assessmentPort, surveyPort, resultsPort, kafkaPort, mongoPort));
  }

  /** The fixed ports 8080-8083, 19092 (Kafka) and 27117 (MongoDB), data in {@code .kaohe-data}. */
  public static StackConfig defaults(Path repoRoot) {
    return new StackConfig(
        repoRoot,
        repoRoot.resolve(DEFAULT_DATA_DIR_NAME),
        DEFAULT_GATEWAY_PORT,
        DEFAULT_ASSESSMENT_PORT,
        DEFAULT_SURVEY_PORT,
        DEFAULT_RESULTS_PORT,
        DEFAULT_KAFKA_PORT,
        DEFAULT_MONGO_PORT,
        LocalTokens.DEFAULT_SECRET,
        DEFAULT_READY_TIMEOUT);
  }

  /** Free ports for everything, chosen now, so several stacks (or tests) can run side by side. */
  public static StackConfig ephemeral(Path repoRoot, Path dataDir) {
    return new StackConfig(
            repoRoot, dataDir, 0, 0, 0, 0, 0, 0, LocalTokens.DEFAULT_SECRET, DEFAULT_READY_TIMEOUT)
        .withFreePortsForZeros();
  }

  /** This config with every port of 0 replaced by a distinct free port. */
  StackConfig withFreePortsForZeros() {
    Map<String, Integer> configured = portsByOwner();
    Deque<Integer> free = new ArrayDeque<>(FreePorts.pick(2 * configured.size()));
    free.removeAll(configured.values());
    return new StackConfig(
        repoRoot,
        dataDir,
        gatewayPort == 0 ? free.pop() : gatewayPort,
        assessmentPort == 0 ? free.pop() : assessmentPort,
        surveyPort == 0 ? free.pop() : surveyPort,
        resultsPort == 0 ? free.pop() : resultsPort,
        kafkaPort == 0 ? free.pop() : kafkaPort,
        mongoPort == 0 ? free.pop() : mongoPort,
        jwtSecret,
        readyTimeout);
  }

  /** Ports by the name of what listens on them, in start-up order. */
  Map<String, Integer> portsByOwner() {
    return portsByOwner(gatewayPort, assessmentPort, surveyPort, resultsPort, kafkaPort, mongoPort);
  }

  private static Map<String, Integer> portsByOwner(
      int gateway, int assessment, int survey, int results, int kafka, int mongo) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("kafka", kafka);
    ports.put("mongodb", mongo);
    ports.put("assessment", assessment);
    ports.put("survey", survey);
    ports.put("results", results);
    ports.put("gateway", gateway);
    return ports;
  }

  private static void requireDistinctValidPorts(Map<String, Integer> ports) {
    Map<Integer, String> owners = new LinkedHashMap<>();
    ports.forEach(
        (owner, port) -> {
          if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(
                "Port for " + owner + " must be between 0 and 65535, got " + port);
          }
          String other = port == 0 ? null : owners.putIfAbsent(port, owner);
          if (other != null) {
            throw new IllegalArgumentException(
                "Port " + port + " is configured for both " + other + " and " + owner);
          }
        });
  }
}

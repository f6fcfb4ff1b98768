package org.kaohe.benchmarks.survey;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kaohe.tools.embedded.EmbeddedKafkaBroker;
import org.kaohe.tools.embedded.EmbeddedMongoServer;
import org.kaohe.tools.embedded.FreePorts;
import org.kaohe.tools.embedded.LocalTokens;

/**
 * The embedded MongoDB server (memory backend) and Kafka broker in this JVM, as the assessment load
 * driver runs them, and the survey service and the gateway in front of it each in a JVM of its own,
 * started from their executable jars as the local launcher starts them. The survey service can be
 * restarted on a fresh database; the gateway stays.
 */
final class SurveyStack implements AutoCloseable {
  static final String CLOCK_START = "2026-06-15T00:00:00Z";

  /** The survey service's heap holds a whole campaign's samples while its results are computed. */
  private static final List<String> SURVEY_JVM =
      List.of("-Xms512m", "-Xmx2g", "-Xss512k", "-Dfile.encoding=UTF-8");

  private static final List<String> GATEWAY_JVM =
      List.of("-Xms128m", "-Xmx512m", "-Xss512k", "-Dfile.encoding=UTF-8");
  private static final List<String> QUIET =
      List.of("-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true");

  private final Path repoRoot;
  private final Path logs;
  private final EmbeddedMongoServer mongo;
  private final EmbeddedKafkaBroker kafka;
  private final MongoClient client;
  private final int surveyPort;
  private final int gatewayPort;
  private final List<String> extraSurveyOptions;
  private ChildJvm gateway;
  private ChildJvm survey;
  private String surveyDatabase;

  private SurveyStack(
      Path repoRoot,
      Path logs,
      EmbeddedMongoServer mongo,
      EmbeddedKafkaBroker kafka,
      List<String> extraSurveyOptions) {
    this.repoRoot = repoRoot;
    this.logs = logs;
    this.mongo = mongo;
    this.kafka = kafka;
    this.client = MongoClients.create(mongo.connectionString());
    List<Integer> ports = FreePorts.pick(2);
    this.surveyPort = ports.get(0);
    this.gatewayPort = ports.get(1);
    this.extraSurveyOptions = extraSurveyOptions;
  }

  /**
   * The infrastructure and the gateway; {@link #startSurvey} starts the service behind it.
   *
   * @param extraSurveyOptions more options for the survey service's JVM, such as a flight recording
   */
  static SurveyStack start(Path repoRoot, String extraSurveyOptions) throws Exception {
    Path logs = Files.createDirectories(repoRoot.resolve("benchmarks/target/survey-load"));
    Path kafkaDir = Files.createTempDirectory("kaohe-survey-load-kafka-");
    SurveyStack stack =
        new SurveyStack(
            repoRoot,
            logs,
            EmbeddedMongoServer.start(null, 0),
            EmbeddedKafkaBroker.start(kafkaDir, 0),
            extraSurveyOptions.isBlank()
                ? List.of()
                : Arrays.asList(extraSurveyOptions.trim().split("\\s+")));
    try {
      stack.gateway =
          ChildJvm.start(
              "gateway",
              jar(repoRoot, "gateway"),
              concat(GATEWAY_JVM, QUIET),
              Map.of(
                  "KAOHE_JWT_SECRET",
                  LocalTokens.DEFAULT_SECRET,
                  "SERVER_ADDRESS",
                  "127.0.0.1",
                  "SURVEY_URL",
                  "http://127.0.0.1:" + stack.surveyPort),
              List.of(),
              stack.gatewayPort,
              logs.resolve("gateway.log"));
      return stack;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  /** Stops the survey service if it runs and starts it on an empty database of this name. */
  void startSurvey(String database) {
    stopSurvey();
    surveyDatabase = database;
    survey =
        ChildJvm.start(
            "survey-service",
            jar(repoRoot, "survey-service"),
            concat(concat(SURVEY_JVM, QUIET), extraSurveyOptions),
            Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                kafka.bootstrapServers(),
                "MONGODB_URI",
                mongo.connectionString(),
                "KAOHE_JWT_SECRET",
                LocalTokens.DEFAULT_SECRET,
                "SERVER_ADDRESS",
                "127.0.0.1"),
            List.of(
                "--kaohe.eventstore.database=" + database,
                "--kaohe.survey.clock-start=" + CLOCK_START),
            surveyPort,
            logs.resolve("survey-service-" + database + ".log"));
  }

  /** Stops the survey service and drops its database, to free the server's memory. */
  void stopSurvey() {
    if (survey != null) {
      survey.close();
      survey = null;
      database(surveyDatabase).drop();
    }
  }

  String gatewayUrl() {
    return "http://127.0.0.1:" + gatewayPort;
  }

  String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  MongoDatabase database(String name) {
    return client.getDatabase(name);
  }

  MongoDatabase surveyDatabase() {
    return database(surveyDatabase);
  }

  long surveyPid() {
    return survey.pid();
  }

  long gatewayPid() {
    return gateway.pid();
  }

  Path logs() {
    return logs;
  }

  @Override
  public void close() {
    if (survey != null) {
      survey.close();
    }
    if (gateway != null) {
      gateway.close();
    }
    client.close();
    kafka.close();
    mongo.close();
  }

  private static Path jar(Path repoRoot, String module) {
    return repoRoot.resolve(module).resolve("target").resolve(module + "-exec.jar");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}

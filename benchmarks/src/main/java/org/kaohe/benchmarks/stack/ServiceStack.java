package org.kaohe.benchmarks.stack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.tools.embedded.EmbeddedKafkaBroker;
import org.kaohe.tools.embedded.EmbeddedMongoServer;
import org.kaohe.tools.embedded.FreePorts;
import org.kaohe.tools.embedded.LocalTokens;

/**
 * The embedded MongoDB server (memory backend) and Kafka broker in this JVM, and any of the four
 * services from their executable jars, each in a JVM of its own, with the environment the local
 * launcher gives them: the broker, the server, the development signing key, loopback only, and for
 * the gateway the other services' addresses. Every service has its port from the start, so the
 * gateway routes to a service started, stopped or restarted after it.
 */
public final class ServiceStack implements AutoCloseable {

  /** A service of the stack, by its module. */
  public enum Service {
    ASSESSMENT("assessment-service", "ASSESSMENT_URL"),
    SURVEY("survey-service", "SURVEY_URL"),
    RESULTS("results-service", "RESULTS_URL"),
    GATEWAY("gateway", null);

    private final String module;
    private final String gatewayVariable;

    Service(String module, String gatewayVariable) {
      this.module = module;
      this.gatewayVariable = gatewayVariable;
    }

    public String module() {
      return module;
    }
  }

  /**
   * How one service starts: JVM options (heap, a flight recording) and application arguments (its
   * database, its clock) beyond what the stack gives every service, and the name of its log file in
   * {@link #logs()}.
   */
  public record Launch(
      Service service, List<String> jvmOptions, List<String> arguments, String logName) {
    public static Launch of(Service service, List<String> jvmOptions, List<String> arguments) {
      return new Launch(service, jvmOptions, arguments, service.module() + ".log");
    }
  }

  private static final List<String> QUIET =
      List.of(
          "-Daxoniq.update-checker.disabled=true",
          "-Ddisable-axoniq-console-message=true",
          "-Dfile.encoding=UTF-8");

  private final Path repoRoot;
  private final Path logs;
  private final EmbeddedMongoServer mongo;
  private final EmbeddedKafkaBroker kafka;
  private final MongoClient client;
  private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
  private final Map<Service, ChildJvm> running = new EnumMap<>(Service.class);

  private ServiceStack(
      Path repoRoot, Path logs, EmbeddedMongoServer mongo, EmbeddedKafkaBroker kafka) {
    this.repoRoot = repoRoot;
    this.logs = logs;
    this.mongo = mongo;
    this.kafka = kafka;
    this.client = MongoClients.create(mongo.connectionString());
    List<Integer> free = FreePorts.pick(Service.values().length);
    for (Service service : Service.values()) {
      ports.put(service, free.get(service.ordinal()));
    }
  }

  /**
   * The MongoDB server and the Kafka broker, no service yet.
   *
   * @param name the driver's name: its logs go to {@code benchmarks/target/<name>}
   */
  public static ServiceStack startInfrastructure(Path repoRoot, String name) throws Exception {
    Path logs = Files.createDirectories(repoRoot.resolve("benchmarks/target").resolve(name));
    Path kafkaDir = Files.createTempDirectory("kaohe-" + name + "-kafka-");
    return new ServiceStack(
        repoRoot, logs, EmbeddedMongoServer.start(null, 0), EmbeddedKafkaBroker.start(kafkaDir, 0));
  }

  /**
   * Starts the services side by side and returns once each answers its health check; if one fails,
   * those just started are stopped again.
   */
  public void start(Launch... launches) {
    List<Service> started = new ArrayList<>();
    try {
      for (Launch launch : launches) {
        if (running.containsKey(launch.service())) {
          throw new IllegalStateException(launch.service().module() + " is already running");
        }
        running.put(launch.service(), launch(launch));
        started.add(launch.service());
      }
      started.forEach(service -> running.get(service).awaitHealthy());
    } catch (RuntimeException e) {
      started.forEach(this::stop);
      throw e;
    }
  }

  /** Stops the service if it runs. */
  public void stop(Service service) {
    ChildJvm child = running.remove(service);
    if (child != null) {
      child.close();
    }
  }

  private ChildJvm launch(Launch launch) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    environment.put("MONGODB_URI", mongo.connectionString());
    environment.put("KAOHE_JWT_SECRET", LocalTokens.DEFAULT_SECRET);
    environment.put("SERVER_ADDRESS", "127.0.0.1");
    if (launch.service() == Service.GATEWAY) {
      for (Service routed : Service.values()) {
        if (routed.gatewayVariable != null) {
          environment.put(routed.gatewayVariable, url(routed));
        }
      }
    }
    List<String> jvmOptions = new ArrayList<>(launch.jvmOptions());
    jvmOptions.addAll(QUIET);
    return ChildJvm.launch(
        launch.service().module(),
        repoRoot
            .resolve(launch.service().module())
            .resolve("target")
            .resolve(launch.service().module() + "-exec.jar"),
        jvmOptions,
        environment,
        launch.arguments(),
        ports.get(launch.service()),
        logs.resolve(launch.logName()));
  }

  public String url(Service service) {
    return "http://127.0.0.1:" + ports.get(service);
  }

  public String gatewayUrl() {
    return url(Service.GATEWAY);
  }

  public String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  public MongoDatabase database(String name) {
    return client.getDatabase(name);
  }

  public long pid(Service service) {
    ChildJvm child = running.get(service);
    if (child == null) {
      throw new IllegalStateException(service.module() + " is not running");
    }
    return child.pid();
  }

  public Path logs() {
    return logs;
  }

  /** The services first, the gateway in front of them last, then the infrastructure. */
  @Override
  public void close() {
    for (Service service : Service.values()) {
      stop(service);
    }
    client.close();
    kafka.close();
    mongo.close();
  }
}

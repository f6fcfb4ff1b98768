package org.kaohe.tools.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kaohe.tools.embedded.EmbeddedKafkaBroker;
import org.kaohe.tools.embedded.EmbeddedMongoServer;
import org.kaohe.tools.embedded.FreePorts;

/**
 * The whole local system: an embedded Kafka broker and MongoDB server in this JVM, and the four
 * services each in its own JVM. Closing it (or the JVM exiting) stops the services, then Kafka,
 * then MongoDB.
 */
public final class LocalStack implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(15);

  private final StackConfig config;
  private final PrintStream console;
  private final ServiceGroup services;
  private final Thread stopOnExit;
  private EmbeddedKafkaBroker kafka;
  private EmbeddedMongoServer mongo;
  private Duration startUpTime;
  private boolean closing;

  private LocalStack(StackConfig config, PrintStream console) {
    this.config = config;
    this.console = console;
    this.services = new ServiceGroup(console);
    this.stopOnExit = new Thread(this::close, "kaohe-stop");
  }

  /**
   * Starts everything and returns once every service is healthy. Ports of 0 are replaced by free
   * ones first; {@link #config()} tells which.
   *
   * @throws IllegalStateException with a message naming what failed (a missing jar, a port in use,
   *     a service that exited or stayed unhealthy, with its last log lines); whatever had started
   *     is stopped again
   */
  public static LocalStack start(StackConfig config) {
    return start(config, System.out);
  }

  static LocalStack start(StackConfig config, PrintStream console) {
    StackConfig resolved = config.withFreePortsForZeros();
    requireServiceJars(resolved);
    requireFreePorts(resolved);
    LocalStack stack = new LocalStack(resolved, console);
    Runtime.getRuntime().addShutdownHook(stack.stopOnExit);
    try {
      stack.startAll();
      return stack;
    } catch (RuntimeException e) {
      stack.say("Start-up failed; stopping what was started.");
      stack.close();
      throw e;
    }
  }

  public String gatewayUrl() {
    return ServiceLayout.localUrl(config.gatewayPort());
  }

  public synchronized String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  public synchronized String mongoConnectionString() {
    return mongo.connectionString();
  }

  /** The configuration in use, with the ports actually chosen. */
  public StackConfig config() {
    return config;
  }

  /** Stops the services (SIGTERM, then kill after a grace period), then Kafka, then MongoDB. */
  @Override
  public void close() {
    synchronized (this) {
      if (closing) {
        return;
      }
      closing = true;
    }
    removeStopOnExitHook();
    say("Stopping...");
    services.stop(STOP_GRACE);
    EmbeddedKafkaBroker kafkaToStop;
    EmbeddedMongoServer mongoToStop;
    synchronized (this) {
      kafkaToStop = kafka;
      mongoToStop = mongo;
    }
    if (kafkaToStop != null) {
      kafkaToStop.close();
    }
    if (mongoToStop != null) {
      mongoToStop.close();
    }
    say("Stopped.");
  }

  Duration startUpTime() {
    return startUpTime;
  }

  /** Blocks until a service exits; empty when that is because the stack is being closed. */
  Optional<ServiceProcess> awaitUnexpectedExit() {
    ServiceProcess exited = services.awaitAnyExit();
    synchronized (this) {
      return closing ? Optional.empty() : Optional.of(exited);
    }
  }

  private void startAll() {
    long start = System.nanoTime();
    createDataDir();
    say("Data in " + config.dataDir());
    startKafka();
    say("Kafka listening on " + kafkaBootstrapServers() + elapsedSince(start));
    startMongo();
    say("MongoDB listening on " + mongoConnectionString() + elapsedSince(start));
    for (ServiceSpec spec :
        ServiceLayout.services(config, kafkaBootstrapServers(), mongoConnectionString())) {
      services.launch(spec);
    }
    say("Started assessment, survey, results and gateway; waiting for them to be healthy...");
    services.awaitHealthy(config.readyTimeout());
    startUpTime = Durations.since(start);
  }

  private synchronized void startKafka() {
    requireNotClosing();
    try {
      kafka = EmbeddedKafkaBroker.start(config.dataDir().resolve("kafka"), config.kafkaPort());
    } catch (RuntimeException e) {
      throw new StackStartException("Kafka could not start: " + e.getMessage(), e);
    }
  }

  private synchronized void startMongo() {
    requireNotClosing();
    Path dataFile = config.dataDir().resolve("mongodb").resolve("kaohe.mv");
    try {
      mongo = EmbeddedMongoServer.start(dataFile, config.mongoPort());
    } catch (RuntimeException e) {
      throw new StackStartException("MongoDB could not start: " + e.getMessage(), e);
    }
  }

  private void requireNotClosing() {
    if (closing) {
      throw new StackStartException("Start-up was interrupted: the stack is stopping.");
    }
  }

  private void createDataDir() {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new StackStartException("Could not create the data dir " + config.dataDir(), e);
    }
  }

  private void removeStopOnExitHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException e) {
      // The JVM is already exiting, possibly through this very hook.
    }
  }

  private void say(String message) {
    console.println(OutputPrefix.line(OutputPrefix.LAUNCHER, message));
  }

  private static String elapsedSince(long start) {
    return " (" + Durations.human(Durations.since(start)) + ")";
  }

  private static void requireServiceJars(StackConfig config) {
    List<Path> missing = ServiceLayout.missingJars(config);
    if (!missing.isEmpty()) {
      throw new StackStartException(
          "Service jars are missing under "
              + config.repoRoot()
              + " (build them with ./mvnw -DskipTests package, or run ./kaohe up, which does):"
              + missing.stream()
                  .map(jar -> System.lineSeparator() + "  " + config.repoRoot().relativize(jar))
                  .collect(Collectors.joining()));
    }
  }

  private static void requireFreePorts(StackConfig config) {
    for (Map.Entry<String, Integer> port : config.portsByOwner().entrySet()) {
      if (!FreePorts.isFree(port.getValue())) {
        throw new StackStartException(
            "Port "
                + port.getValue()
                + " for "
                + port.getKey()
                + " is already in use on 127.0.0.1; is another stack running?");
      }
    }
  }
}

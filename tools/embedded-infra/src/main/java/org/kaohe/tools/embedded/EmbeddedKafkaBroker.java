package org.kaohe.tools.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller) running in this
 * JVM, listening on 127.0.0.1. Topics are auto-created with three partitions. Data in the log dir
 * survives a restart.
 *
 * <p>When Logback is the SLF4J backend, the {@code kafka}, {@code state.change.logger} and {@code
 * org.apache.kafka} loggers are set to WARN unless the caller has given them a level (this holds
 * even after Spring Boot re-initialises Logback). With another backend, set them to WARN yourself.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private final KafkaRaftServer server;
  private final int port;
  private boolean closed;

  private EmbeddedKafkaBroker(KafkaRaftServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Starts a broker storing its data in {@code logDir} and returns once it accepts clients.
   *
   * @param port the client port, or 0 for a free one
   */
  public static EmbeddedKafkaBroker start(Path logDir, int port) {
    Objects.requireNonNull(logDir, "logDir");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("Kafka port must be between 0 and 65535, got " + port);
    }
    if (port != 0 && !FreePorts.isFree(port)) {
      throw new IllegalStateException(
          "Kafka broker could not start: 127.0.0.1:" + port + " is in use");
    }
    QuietLogging.apply();
    createDirectories(logDir);
    List<Integer> free = FreePorts.pick(2);
    int brokerPort = port == 0 ? free.get(0) : port;
    int controllerPort = free.get(0) == brokerPort ? free.get(1) : free.get(0);

    KafkaStorage.formatIfNeeded(logDir);
    KafkaConfig config =
        new KafkaConfig(KafkaBrokerSettings.singleNode(logDir, brokerPort, controllerPort), false);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    try {
      server.startup();
    } catch (RuntimeException e) {
      IllegalStateException failure =
          new IllegalStateException(
              "Kafka broker could not start on 127.0.0.1:" + brokerPort + " with log dir " + logDir,
              e);
      stopAfterFailedStart(server, failure);
      throw failure;
    }
    return new EmbeddedKafkaBroker(server, brokerPort);
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Shuts the broker down and waits until it has stopped; calling it again does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.shutdown();
    server.awaitShutdown();
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create Kafka log dir " + dir, e);
    }
  }

  private static void stopAfterFailedStart(KafkaRaftServer server, Exception failure) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}

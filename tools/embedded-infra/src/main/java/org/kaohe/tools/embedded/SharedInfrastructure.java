package org.kaohe.tools.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One Kafka broker and one in-memory MongoDB server per JVM for integration tests, each started on
 * first use on a free port (Kafka's data in a temporary directory) and stopped when the JVM exits.
 */
public final class SharedInfrastructure {

  private static boolean stopHookRegistered;
  private static Path kafkaDir;
  private static EmbeddedKafkaBroker kafka;
  private static EmbeddedMongoServer mongo;

  private SharedInfrastructure() {}

  public static synchronized EmbeddedKafkaBroker kafka() {
    if (kafka == null) {
      registerStopHookOnce();
      kafkaDir = createTempDir();
      kafka = EmbeddedKafkaBroker.start(kafkaDir, 0);
    }
    return kafka;
  }

  public static synchronized EmbeddedMongoServer mongo() {
    if (mongo == null) {
      registerStopHookOnce();
      mongo = EmbeddedMongoServer.start(null, 0);
    }
    return mongo;
  }

  private static void registerStopHookOnce() {
    if (!stopHookRegistered) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(SharedInfrastructure::stop, "kaohe-shared-infra-stop"));
      stopHookRegistered = true;
    }
  }

  private static synchronized void stop() {
    if (mongo != null) {
      mongo.close();
    }
    if (kafka != null) {
      kafka.close();
      deleteRecursively(kafkaDir);
    }
  }

  private static Path createTempDir() {
    try {
      return Files.createTempDirectory("kaohe-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a temporary directory for Kafka", e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Leftovers in the temp dir are harmless.
    }
  }
}

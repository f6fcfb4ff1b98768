package org.kaohe.tools.embedded;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

final class KafkaStorage {

  private KafkaStorage() {}

  /** Formats the log dir once; a formatted dir is left alone so its topics and offsets survive. */
  static void formatIfNeeded(Path logDir) {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    String dir = logDir.toString();
    try {
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(KafkaBrokerSettings.NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setControllerListenerName(KafkaBrokerSettings.CONTROLLER_LISTENER)
          .setMetadataLogDirectory(dir)
          .setDirectories(List.of(dir))
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("Could not format Kafka storage in " + logDir, e);
    }
  }
}

package org.kaohe.benchmarks.load;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kaohe.assessment.AssessmentApplication;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.tools.embedded.EmbeddedKafkaBroker;
import org.kaohe.tools.embedded.EmbeddedMongoServer;
import org.kaohe.tools.embedded.LocalTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded MongoDB server and Kafka broker, and the assessment service on them in this JVM on a
 * fresh database, with its clock in the open 2026 round.
 */
final class InProcessService implements AutoCloseable {
  static final String CLOCK_START = "2026-12-01T00:00:00Z";
  static final String DATABASE = "kaohe-assessment-load";

  private final EmbeddedMongoServer mongo;
  private final EmbeddedKafkaBroker kafka;
  private final MongoClient client;
  private ConfigurableApplicationContext service;

  private InProcessService(EmbeddedMongoServer mongo, EmbeddedKafkaBroker kafka) {
    this.mongo = mongo;
    this.kafka = kafka;
    this.client = MongoClients.create(mongo.connectionString());
  }

  /** The infrastructure only; {@link #startService} starts the service. */
  static InProcessService startInfrastructure() throws Exception {
    Path kafkaDir = Files.createTempDirectory("kaohe-load-kafka-");
    return new InProcessService(
        EmbeddedMongoServer.start(null, 0), EmbeddedKafkaBroker.start(kafkaDir, 0));
  }

  MongoDatabase database(String name) {
    return client.getDatabase(name);
  }

  void startService(Path unitsFile) {
    // The driver prints its own report; the service's logging would only compete for the console.
    System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    // As command-line arguments: they win over application.yml, where default properties do not.
    service =
        new SpringApplicationBuilder(AssessmentApplication.class)
            .run(
                "--server.port=0",
                "--kaohe.assessment.clock-start=" + CLOCK_START,
                "--kaohe.eventstore.uri=" + mongo.connectionString(),
                "--kaohe.eventstore.database=" + DATABASE,
                "--kaohe.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--kaohe.reference.units-file=" + unitsFile.toUri(),
                // The service has no key by default; the driver's tokens are signed with this one.
                "--kaohe.security.jwt.hmac-secret=" + LocalTokens.DEFAULT_SECRET,
                "--axon.update-check.disabled=true");
  }

  int port() {
    return Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
  }

  ReferenceData reference() {
    return service.getBean(ReferenceData.class);
  }

  /**
   * From the collection's size: counting documents is a scan of the whole store on the in-process
   * server, which competed with the service's processors between batches.
   */
  long storedEvents() {
    return database(DATABASE).getCollection("domainevents").estimatedDocumentCount();
  }

  @Override
  public void close() {
    if (service != null) {
      service.close();
    }
    client.close();
    kafka.close();
    mongo.close();
  }
}

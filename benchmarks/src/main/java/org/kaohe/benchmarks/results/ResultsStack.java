package org.kaohe.benchmarks.results;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kaohe.events.Topics;
import org.kaohe.platform.kafka.CloudEventPublisher;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.TopicProvisioner;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.results.engine.Recompute;
import org.kaohe.results.engine.ResultBuilder;
import org.kaohe.results.engine.ResultEngine;
import org.kaohe.results.engine.YearResults;
import org.kaohe.results.inputs.InputChanges;
import org.kaohe.results.inputs.MemoryInputs;
import org.kaohe.results.inputs.MongoInputs;
import org.kaohe.results.inputs.SubjectInputs;
import org.kaohe.results.log.CurrentResults;
import org.kaohe.results.log.ResultLog;
import org.kaohe.results.stream.LiveResults;
import org.kaohe.tools.embedded.EmbeddedKafkaBroker;
import org.kaohe.tools.embedded.EmbeddedMongoServer;

/**
 * The results service's engine, stores and recomputation wired as its configuration wires them, on
 * an in-memory embedded MongoDB server and an embedded Kafka broker of their own (three partitions
 * per topic, as the service creates them).
 */
final class ResultsStack implements AutoCloseable {
  static final int YEAR = 2026;
  private final Path kafkaDir;
  private final EmbeddedKafkaBroker broker;
  private final EmbeddedMongoServer mongo;
  private final MongoClient client;
  private final MongoDatabase database;
  private final KafkaSettings kafka;
  private final CloudEventPublisher publisher;
  private final BenchReference reference;
  private final InputChanges changes;
  private final ResultBuilder builder;
  private final YearResults years;
  private final MongoInputs inputs;
  private final CurrentResults current;
  private final ResultEngine engine;

  private ResultsStack(BenchReference reference) throws IOException {
    this.reference = reference;
    this.kafkaDir = Files.createTempDirectory("kaohe-bench-kafka");
    this.broker = EmbeddedKafkaBroker.start(kafkaDir, 0);
    this.mongo = EmbeddedMongoServer.start(null, 0);
    this.client = MongoClients.create(mongo.connectionString());
    this.kafka = new KafkaSettings(broker.bootstrapServers(), 3, (short) 1);
    TopicProvisioner.ensureTopics(
        kafka, List.of(Topics.ASSESSMENT_EVENTS, Topics.SURVEY_EVENTS, Topics.RESULTS_EVENTS));
    this.publisher = new CloudEventPublisher(broker.bootstrapServers(), "bench-results");
    this.database = client.getDatabase("results");
    this.changes = new InputChanges(reference.reference(), reference.schemes());
    this.builder = new ResultBuilder(reference.reference(), reference.schemes());
    this.years = new YearResults(reference.reference(), reference.schemes(), builder);
    this.inputs = new MongoInputs(database.getCollection("inputs"));
    this.current = new CurrentResults(database.getCollection("currentresults"));
    ResultLog log = new ResultLog(database);
    this.engine =
        new ResultEngine(changes, builder, inputs, current, log, new LiveResults(log), publisher);
  }

  static ResultsStack start(BenchReference reference) {
    try {
      return new ResultsStack(reference);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The service's database: its collections {@code inputs} and {@code currentresults}. */
  MongoDatabase database() {
    return database;
  }

  ResultEngine engine() {
    return engine;
  }

  CloudEventPublisher publisher() {
    return publisher;
  }

  KafkaSettings kafka() {
    return kafka;
  }

  InputChanges changes() {
    return changes;
  }

  ResultBuilder builder() {
    return builder;
  }

  Recompute recompute() {
    return new Recompute(kafka, changes, years, current);
  }

  /**
   * Makes the live store what the live path leaves after these events (applied in this order):
   * every subject's inputs, and every result current, logged and published. The inputs are set in
   * memory and saved once each; then one event of each unit peer group is handled again by the
   * engine, which computes that group, its units' cadres and their groups, with no result standing
   * before, so every result of the year is made by the live path itself.
   */
  void seed(Iterable<TypedCloudEvent> events) {
    MemoryInputs memory = new MemoryInputs();
    Map<String, TypedCloudEvent> onePerGroup = new LinkedHashMap<>();
    for (TypedCloudEvent event : events) {
      for (SubjectInputs subject : changes.apply(memory, event.id(), event.data())) {
        if (subject.isUnit()) {
          onePerGroup.put(subject.peerGroup(), event);
        }
      }
    }
    years.compute(memory, YEAR);
    memory.year(YEAR).forEach(inputs::save);
    onePerGroup.values().forEach(engine::handle);
  }

  BenchReference reference() {
    return reference;
  }

  @Override
  public void close() {
    publisher.close();
    client.close();
    mongo.close();
    broker.close();
    try (Stream<Path> files = Files.walk(kafkaDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

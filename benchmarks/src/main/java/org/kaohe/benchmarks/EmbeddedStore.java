package org.kaohe.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.bson.Document;
import org.kaohe.platform.eventstore.MongoEventStorageEngine;
import org.kaohe.tools.embedded.EmbeddedMongoServer;

/** An in-memory embedded MongoDB server with a client, and the engines under test on it. */
public final class EmbeddedStore implements AutoCloseable {
  /** The tracking and loading batch size the assessment service runs with. */
  public static final int ENGINE_BATCH_SIZE = 100;

  private final EmbeddedMongoServer server;
  private final MongoClient client;

  private EmbeddedStore(EmbeddedMongoServer server) {
    this.server = server;
    this.client = MongoClients.create(server.connectionString());
  }

  public static EmbeddedStore start() {
    return new EmbeddedStore(EmbeddedMongoServer.start(null, 0));
  }

  public MongoDatabase database(String name) {
    return client.getDatabase(name);
  }

  /** Our engine, or Axon's MongoDB extension engine, on its own database. */
  public EventStorageEngine engine(EngineKind kind, String databaseName) {
    return switch (kind) {
      case OURS -> ours(databaseName);
      case AXON_MONGO -> axonMongo(databaseName);
    };
  }

  public MongoEventStorageEngine ours(String databaseName) {
    MongoEventStorageEngine engine =
        MongoEventStorageEngine.builder()
            .database(database(databaseName))
            .eventSerializer(BenchmarkEvents.SERIALIZER)
            .snapshotSerializer(BenchmarkEvents.SERIALIZER)
            .batchSize(ENGINE_BATCH_SIZE)
            .build();
    engine.ensureIndexes();
    return engine;
  }

  public org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine
      axonMongo(String databaseName) {
    var engine =
        org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine
            .builder()
            .mongoTemplate(
                DefaultMongoTemplate.builder().mongoDatabase(client, databaseName).build())
            .eventSerializer(BenchmarkEvents.SERIALIZER)
            .snapshotSerializer(BenchmarkEvents.SERIALIZER)
            .batchSize(ENGINE_BATCH_SIZE)
            .build();
    engine.ensureIndexes();
    return engine;
  }

  /** A collection with the same indexes as our engine's, for the raw driver. */
  public MongoCollection<Document> rawEvents(String databaseName) {
    MongoCollection<Document> events = database(databaseName).getCollection("domainevents");
    events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"));
    events.createIndex(Indexes.ascending("globalIndex"), new IndexOptions().unique(true));
    return events;
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}

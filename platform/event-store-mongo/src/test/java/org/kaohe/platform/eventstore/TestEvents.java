package org.kaohe.platform.eventstore;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.kaohe.tools.embedded.SharedInfrastructure;

/** Events and a fresh store for the storage tests. */
final class TestEvents {
  static final JacksonSerializer SERIALIZER =
      JacksonSerializer.builder()
          .objectMapper(JsonMapper.builder().addModule(new JavaTimeModule()).build())
          .build();

  /** Started on first use only, so a child process using these helpers starts no server. */
  private static final class SharedClient {
    static final MongoClient INSTANCE =
        MongoClients.create(SharedInfrastructure.mongo().connectionString());
  }

  private static int databases;

  record ScoreSet(String indicator, int value) {}

  private TestEvents() {}

  static synchronized MongoDatabase freshDatabase() {
    return SharedClient.INSTANCE.getDatabase(
        "eventstore-test-" + (++databases) + "-" + System.nanoTime());
  }

  static MongoEventStorageEngine engine(MongoDatabase database) {
    MongoEventStorageEngine engine =
        MongoEventStorageEngine.builder()
            .database(database)
            .eventSerializer(SERIALIZER)
            .snapshotSerializer(SERIALIZER)
            .batchSize(50)
            .build();
    engine.ensureIndexes();
    return engine;
  }

  static DomainEventMessage<ScoreSet> event(String aggregate, long sequence, int value) {
    return new GenericDomainEventMessage<>(
        "UnitRound",
        aggregate,
        sequence,
        new ScoreSet("HQD-ECONOMY", value),
        MetaData.with("principal", "li.wei").and("agency", "PROV-STATS"),
        aggregate + "#" + sequence,
        Instant.parse("2027-01-15T08:30:00.123Z").plusSeconds(sequence));
  }
}

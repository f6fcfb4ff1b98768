package org.kaohe.tools.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerTest {

  @TempDir Path dataDir;

  @Test
  void h2FileKeepsDocumentsAndUniqueIndexesAcrossARestart() {
    Path dataFile = dataDir.resolve("mongo/kaohe.mv.db");
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataFile, 0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      MongoCollection<Document> units = units(client);
      units.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
      units.insertOne(new Document("code", "620100").append("name", "Lanzhou"));
    }

    try (EmbeddedMongoServer restarted = EmbeddedMongoServer.start(dataFile, 0);
        MongoClient client = MongoClients.create(restarted.connectionString())) {
      MongoCollection<Document> units = units(client);

      assertThat(units.find(new Document("code", "620100")).first())
          .containsEntry("name", "Lanzhou");
      assertThatThrownBy(() -> units.insertOne(new Document("code", "620100")))
          .isInstanceOfSatisfying(
              MongoWriteException.class,
              e ->
                  assertThat(ErrorCategory.fromErrorCode(e.getCode()))
                      .isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }
  }

  @Test
  void inMemoryServerListensOnAFreeLoopbackPort() {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(null, 0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      assertThat(server.connectionString()).matches("mongodb://127\\.0\\.0\\.1:\\d+");

      units(client).insertOne(new Document("code", "620200"));

      assertThat(units(client).countDocuments()).isEqualTo(1);
    }
  }

  @Test
  void reportsTheAddressWhenThePortIsTaken() {
    try (EmbeddedMongoServer first = EmbeddedMongoServer.start(null, 0)) {
      int port = Integer.parseInt(first.connectionString().replaceAll(".*:", ""));

      assertThatThrownBy(() -> EmbeddedMongoServer.start(null, port))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("MongoDB server could not listen on 127.0.0.1:" + port);
    }
  }

  private static MongoCollection<Document> units(MongoClient client) {
    return client.getDatabase("kaohe").getCollection("units");
  }
}

package org.kaohe.assessment;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.kaohe.platform.embedded.SharedInfrastructure;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the service's integration tests share: real embedded infrastructure, a client, the store.
 */
final class ServiceUnderTest {
  private ServiceUnderTest() {}

  /** Points the service at the shared embedded MongoDB server and Kafka broker. */
  static void useEmbeddedInfrastructure(DynamicPropertyRegistry registry, String database) {
    registry.add("kaohe.eventstore.uri", () -> SharedInfrastructure.mongo().connectionString());
    registry.add("kaohe.eventstore.database", () -> database);
    registry.add(
        "kaohe.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
  }

  static WebTestClient client(int port) {
    return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
  }

  static WebTestClient.ResponseSpec postScore(int port, String role, String agency, Object body) {
    return client(port)
        .post()
        .uri("/api/assessment/scores")
        .header("Authorization", TestTokens.bearer(role, agency))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  static List<Document> storedEvents(String database, String roundId) {
    try (MongoClient mongo = MongoClients.create(SharedInfrastructure.mongo().connectionString())) {
      return mongo
          .getDatabase(database)
          .getCollection("domainevents")
          .find(Filters.eq("aggregateIdentifier", roundId))
          .into(new ArrayList<>());
    }
  }
}

package org.kaohe.assessment;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** While the 2026 round takes submissions: tests do not depend on the day they run. */
  static final String CLOCK_START = "2026-12-01T00:00:00Z";

  /**
   * Points the service at the shared embedded MongoDB server and Kafka broker, with its clock
   * running from {@link #CLOCK_START}.
   */
  static void useEmbeddedInfrastructure(DynamicPropertyRegistry registry, String database) {
    registry.add("kaohe.assessment.clock-start", () -> CLOCK_START);
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

  /** A problem+json answer with this status and detail; its body, for further checks. */
  static WebTestClient.BodyContentSpec expectProblem(
      WebTestClient.ResponseSpec response, int status, String detail) {
    return response
        .expectStatus()
        .isEqualTo(status)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo(detail);
  }

  /** A unit's annual score, as a request body. */
  static Map<String, Object> score(String unit, int year, String indicator, double value) {
    return Map.of("unitCode", unit, "year", year, "indicatorCode", indicator, "value", value);
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

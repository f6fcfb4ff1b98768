package org.kaohe.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An integration test of the running service, on real embedded infrastructure (see {@link
 * ServiceUnderTest}): a client, requests as the roles send them, and the event store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextCustomizerFactories(ServiceUnderTest.class)
abstract class ServiceIT {
  static final String SCORES = "/api/assessment/scores";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Value("${local.server.port}")
  int port;

  @Value("${kaohe.eventstore.database}")
  String database;

  WebTestClient client() {
    return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
  }

  WebTestClient.ResponseSpec get(String role, String agency, String uri) {
    return client()
        .get()
        .uri(uri)
        .header("Authorization", TestTokens.bearer(role, agency))
        .exchange();
  }

  /** The body of a 200 answer, as JSON. */
  JsonNode getJson(String role, String agency, String uri) {
    byte[] body =
        get(role, agency, uri).expectStatus().isOk().expectBody().returnResult().getResponseBody();
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebTestClient.ResponseSpec postJson(String uri, String authorization, Object body) {
    return postJson(uri, authorization, body, headers -> {});
  }

  WebTestClient.ResponseSpec postJson(
      String uri, String authorization, Object body, Consumer<HttpHeaders> headers) {
    return client()
        .post()
        .uri(uri)
        .header("Authorization", authorization)
        .headers(headers)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  /** Sets the header if there is a value. */
  static Consumer<HttpHeaders> optionalHeader(String name, String value) {
    return headers -> {
      if (value != null) {
        headers.set(name, value);
      }
    };
  }

  WebTestClient.ResponseSpec postScore(String role, String agency, Object body) {
    return postJson(SCORES, TestTokens.bearer(role, agency), body);
  }

  /** A unit's annual score, as a request body. */
  static Map<String, Object> score(String unit, int year, String indicator, double value) {
    return Map.of("unitCode", unit, "year", year, "indicatorCode", indicator, "value", value);
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

  /**
   * The stored events of an aggregate (a round, a veto case), in the order the store finds them.
   */
  List<Document> storedEvents(String aggregateId) {
    return inDatabase(
        db ->
            db.getCollection("domainevents")
                .find(Filters.eq("aggregateIdentifier", aggregateId))
                .into(new ArrayList<>()));
  }

  /** Works directly on this service's database, as an operator (or an attacker) could. */
  <T> T inDatabase(Function<MongoDatabase, T> work) {
    try (MongoClient mongo = MongoClients.create(SharedInfrastructure.mongo().connectionString())) {
      return work.apply(mongo.getDatabase(database));
    }
  }
}

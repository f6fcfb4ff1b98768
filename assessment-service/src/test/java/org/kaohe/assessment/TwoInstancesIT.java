package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two instances of the service on one store, each caching the rounds it has loaded: an instance
 * whose cached round is stale never overwrites what the other recorded meanwhile.
 */
class TwoInstancesIT {
  private static final String DATABASE = "two-instances-it-" + System.nanoTime();
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void startTwoInstances() {
    first = start();
    second = start();
  }

  @AfterAll
  static void stop() {
    second.close();
    first.close();
  }

  @Test
  void anInstanceWithAStaleCachedRoundSeesTheOtherInstancesScore() {
    post(first, ServiceIT.score("620100", 2026, "HQD-ECONOMY", 80)).expectStatus().isCreated();
    post(first, ServiceIT.score("620100", 2026, "HQD-RURAL", 70)).expectStatus().isCreated();
    post(second, correction("HQD-ECONOMY", 82, 80, "revised GDP")).expectStatus().isCreated();

    post(first, ServiceIT.score("620100", 2026, "HQD-ECONOMY", 85))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.current.value")
        .isEqualTo(82);
    post(first, correction("HQD-ECONOMY", 84, 82, "second revision"))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.previousValue")
        .isEqualTo(82);
    try (MongoClient mongo = MongoClients.create(SharedInfrastructure.mongo().connectionString())) {
      assertThat(
              mongo
                  .getDatabase(DATABASE)
                  .getCollection("domainevents")
                  .countDocuments(Filters.eq("aggregateIdentifier", "620100-2026")))
          .isEqualTo(4);
    }
  }

  private static Map<String, Object> correction(
      String indicator, double value, double replaces, String reason) {
    Map<String, Object> body = new HashMap<>(ServiceIT.score("620100", 2026, indicator, value));
    body.put("replaces", replaces);
    body.put("reason", reason);
    return body;
  }

  private static WebTestClient.ResponseSpec post(
      ConfigurableApplicationContext instance, Object body) {
    int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
    return WebTestClient.bindToServer()
        .baseUrl("http://127.0.0.1:" + port)
        .build()
        .post()
        .uri(ServiceIT.SCORES)
        .header("Authorization", TestTokens.bearer("agency", agencyOf(body)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private static String agencyOf(Object body) {
    return ((Map<?, ?>) body).get("indicatorCode").equals("HQD-RURAL")
        ? "PROV-RURAL"
        : "PROV-STATS";
  }

  private static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(AssessmentApplication.class)
        .run(
            "--server.port=0",
            "--kaohe.eventstore.uri=" + SharedInfrastructure.mongo().connectionString(),
            "--kaohe.eventstore.database=" + DATABASE,
            "--kaohe.kafka.bootstrap-servers=" + SharedInfrastructure.kafka().bootstrapServers(),
            "--kaohe.assessment.clock-start=" + ServiceUnderTest.CLOCK_START);
  }
}

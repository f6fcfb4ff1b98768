package org.kaohe.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaohe.tools.embedded.LocalTokens;
import org.kaohe.tools.launcher.LocalStack;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/**
 * The whole system as a user meets it: the launcher starts Kafka, MongoDB and the four services in
 * their own JVMs, and the test speaks only to the gateway.
 */
@ExtendWith(SharedStack.class)
class GatewayEndToEndIT {
  private static LocalStack stack;

  @BeforeAll
  static void useTheStack(LocalStack running) {
    stack = running;
  }

  @Test
  void aScoreRecordedThroughTheGatewayReachesADashboardSubscriberAsAResult() {
    List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();
    Disposable subscription = subscribeToResults(received);
    try {
      gateway()
          .post()
          .uri("/api/assessment/scores")
          .header("Authorization", "Bearer " + token("agency", "PROV-STATS"))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(
              Map.of(
                  "unitCode",
                  "620500",
                  "year",
                  2026,
                  "indicatorCode",
                  "HQD-ECONOMY",
                  "value",
                  88.25))
          .exchange()
          .expectStatus()
          .isCreated();

      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> received.stream().anyMatch(e -> e.data().contains("\"unitCode\":\"620500\"")));
      ServerSentEvent<String> result =
          received.stream().filter(e -> e.data().contains("620500")).findFirst().orElseThrow();
      assertThat(result.event()).isEqualTo("unit-result");
      assertThat(result.id()).isNotBlank();
      assertThat(result.data()).contains("\"compositeScore\":88.25", "\"year\":2026");
    } finally {
      subscription.dispose();
    }
  }

  @Test
  void theSameRequestWithoutATokenIsRejectedWithAProblem() {
    gateway()
        .post()
        .uri("/api/assessment/scores")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of("unitCode", "620500", "year", 2026, "indicatorCode", "HQD-ECONOMY", "value", 1))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(401);
  }

  @Test
  void theSurveyedUnitsAreServedThroughTheGateway() {
    gateway()
        .get()
        .uri("/api/survey/units")
        .header("Authorization", "Bearer " + token("auditor", null))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(119);
  }

  @Test
  void everyServicesApiDocumentIsReadThroughTheGatewayWithItsRoles() {
    gateway()
        .get()
        .uri("/api/assessment/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/assessment/scores'].post.x-roles")
        .isEqualTo(List.of("agency", "admin"));
    gateway()
        .get()
        .uri("/api/survey/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/survey/units'].get.x-roles")
        .isEqualTo(List.of("agency", "auditor", "dashboard", "admin", "survey-team"));
    gateway()
        .get()
        .uri("/api/results/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/results/stream'].get.x-roles")
        .isEqualTo(List.of("agency", "auditor", "dashboard", "admin"));
  }

  @Test
  void theDashboardPageIsServed() {
    gateway()
        .get()
        .uri("/dashboard/")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_HTML);
  }

  private static Disposable subscribeToResults(List<ServerSentEvent<String>> into) {
    return WebClient.create(stack.gatewayUrl())
        .get()
        .uri("/api/results/stream?after=0")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .header("Authorization", "Bearer " + token("dashboard", null))
        .retrieve()
        .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
        .filter(e -> e.data() != null)
        .subscribe(into::add);
  }

  private static WebTestClient gateway() {
    return WebTestClient.bindToServer()
        .baseUrl(stack.gatewayUrl())
        .responseTimeout(Duration.ofSeconds(30))
        .build();
  }

  private static String token(String role, String agency) {
    return LocalTokens.mint(
        stack.config().jwtSecret(), "e2e", role, agency, Duration.ofMinutes(10), Clock.systemUTC());
  }
}

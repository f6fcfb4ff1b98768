package org.kaohe.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaohe.events.EventJson;
import org.kaohe.events.results.UnitResultPublishedEvent;
import org.kaohe.tools.launcher.LocalStack;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

/**
 * The whole system as a user meets it: the launcher starts Kafka, MongoDB and the four services in
 * their own JVMs, and the test speaks only to the gateway.
 */
@ExtendWith(SharedStack.class)
class GatewayEndToEndIT {
  /** Anding district, a county no other test of the stack writes to. */
  private static final String ANDING = "621102";

  private static final BigDecimal COMPOSITE = new BigDecimal("86.75");
  private static LocalStack stack;

  @BeforeAll
  static void useTheStack(LocalStack running) {
    stack = running;
  }

  @Test
  void scoresRecordedThroughTheGatewayReachADashboardSubscriberAsTheSchemesResult() {
    List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();
    Disposable subscription = subscribeToResults(received);
    try {
      record(ANDING, "HQD-ECONOMY", "88.25", "PROV-STATS");
      record(ANDING, "PARTY-BUILDING", "80", "PROV-ORG");

      // The 2026 county tree weighs PERFORMANCE 0.45 (HQD-ECONOMY its only input, so its value)
      // and PARTY-BUILDING 0.10; the other components are missing, so both weights are taken over
      // the 0.55 present: 0.45 × 88.25 / 0.55 = 72.2045 and 0.10 × 80 / 0.55 = 14.5455, 86.75.
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> unitResults(received).anyMatch(r -> r.composite().compareTo(COMPOSITE) == 0));
      UnitResultPublishedEvent result =
          unitResults(received)
              .filter(r -> r.composite().compareTo(COMPOSITE) == 0)
              .findFirst()
              .orElseThrow();
      assertThat(result.year()).isEqualTo(2026);
      assertThat(result.peerGroup()).isEqualTo("COUNTY");
      assertThat(result.complete()).isFalse();
      assertThat(result.provisional()).isTrue();
      assertThat(result.missing()).contains("SURVEY", "REGULAR-HALF-YEAR/H1");
      // Below the excellence bar of 90, at or above the GOOD band's 80.
      assertThat(result.grade()).isEqualTo("GOOD");
      assertThat(received)
          .filteredOn(e -> e.data().contains("\"unitCode\":\"" + ANDING + "\""))
          .extracting(ServerSentEvent::event)
          .containsOnly("unit-result", "cadre-result")
          .contains("unit-result");
    } finally {
      subscription.dispose();
    }
  }

  private static void record(String unit, String indicator, String value, String agency) {
    gateway()
        .post()
        .uri("/api/assessment/scores")
        .header("Authorization", "Bearer " + token("agency", agency))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "unitCode",
                unit,
                "year",
                2026,
                "indicatorCode",
                indicator,
                "value",
                new BigDecimal(value)))
        .exchange()
        .expectStatus()
        .isCreated();
  }

  private static Stream<UnitResultPublishedEvent> unitResults(
      List<ServerSentEvent<String>> received) {
    return received.stream()
        .filter(e -> "unit-result".equals(e.event()))
        .map(
            e ->
                EventJson.read(
                    e.data().getBytes(StandardCharsets.UTF_8), UnitResultPublishedEvent.class))
        .filter(r -> r.unitCode().value().equals(ANDING) && r.composite() != null);
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
    return StackClients.subscribe(
        stack, "/api/results/stream?after=0", token("dashboard", null), into);
  }

  private static WebTestClient gateway() {
    return StackClients.gateway(stack);
  }

  private static String token(String role, String agency) {
    return StackClients.token(stack, "e2e", role, agency);
  }
}

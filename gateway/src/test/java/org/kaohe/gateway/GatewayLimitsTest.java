package org.kaohe.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.web.limits.WebLimitsProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway's limits as configured for production: bodies per route, headers, paths. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayLimitsTest {

  static final UpstreamStub assessment = UpstreamStub.start("assessment");

  @DynamicPropertySource
  static void upstreams(DynamicPropertyRegistry registry) {
    registry.add("kaohe.routes.assessment-url", assessment::url);
  }

  @AfterAll
  static void stopUpstream() {
    assessment.close();
  }

  @LocalServerPort int port;

  @Autowired WebLimitsProperties webLimits;

  WebTestClient client;

  @BeforeEach
  void setUp() {
    client =
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + port)
            .responseTimeout(Duration.ofSeconds(30))
            .build();
    assessment.clear();
  }

  @Test
  void aMegabyteOfJsonToASingleRequestRouteIs413NamingTheLimitAndNeverForwarded() {
    client
        .post()
        .uri("/api/assessment/political-ratings")
        .headers(headers -> headers.setBearerAuth(TestTokens.token("agency-1", "agency")))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(jsonOfBytes(1 << 20))
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body exceeds the limit of 262144 bytes.");

    assertThat(assessment.received()).isEmpty();
  }

  @Test
  void theSingleDocumentLimitIsTheServicesOwnSetting() {
    int limit = (int) webLimits.maxJsonBytes().toBytes();

    postScore(jsonOfBytes(limit)).expectStatus().isOk();
    postScore(jsonOfBytes(limit + 1))
        .expectStatus()
        .isEqualTo(413)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body exceeds the limit of " + limit + " bytes.");

    assertThat(assessment.received()).singleElement();
  }

  @Test
  void aMegabyteBatchIsForwardedOnTheBulkRoute() {
    client
        .post()
        .uri("/api/assessment/scores/batch")
        .headers(headers -> headers.setBearerAuth(TestTokens.token("agency-1", "agency")))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(jsonOfBytes(1 << 20))
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(assessment.received())
        .singleElement()
        .satisfies(r -> assertThat(r.body()).hasSize(1 << 20));
  }

  @Test
  void overlongHeadersAre431Problem() throws IOException {
    String response =
        exchangeRaw(
            "GET /api/assessment/reference/units HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\nX-Padding: "
                + "a".repeat(10_000)
                + "\r\n\r\n");

    assertThat(response)
        .startsWith("HTTP/1.1 431 Request Header Fields Too Large")
        .contains("content-type: application/problem+json")
        .contains("\"detail\":\"The request headers exceed the limit of 8192 bytes.\"");
  }

  @Test
  void pathRejectedByTheFirewallIs400Problem() throws IOException {
    String response =
        exchangeRaw(
            "GET /api/assessment/%2e%2e/admin HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

    assertThat(response)
        .startsWith("HTTP/1.1 400 Bad Request")
        .contains("Content-Type: application/problem+json")
        .contains(
            "\"detail\":\"The request was rejected because the URL contained a potentially"
                + " malicious String \\\"%2e\\\"\"");
    assertThat(assessment.received()).isEmpty();
  }

  private WebTestClient.ResponseSpec postScore(String json) {
    return client
        .post()
        .uri("/api/assessment/scores")
        .headers(headers -> headers.setBearerAuth(TestTokens.token("agency-1", "agency")))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json)
        .exchange();
  }

  private static String jsonOfBytes(int bytes) {
    String prefix = "{\"padding\":\"";
    return prefix + "x".repeat(bytes - prefix.length() - 2) + "\"}";
  }

  private String exchangeRaw(String request) throws IOException {
    return Requests.raw(port, request);
  }
}

package org.kaohe.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

// A bucket of 2 per principal refilling once every 1000 s: the third request is always over the
// limit, however slowly the test runs. The address limit is far above what the tests send.
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kaohe.gateway.rate-limit.requests-per-second=0.001",
      "kaohe.gateway.rate-limit.burst=2",
      "kaohe.gateway.address-rate-limit.burst=10000"
    })
@ExtendWith(OutputCaptureExtension.class)
class GatewayRateLimitTest {

  static final UpstreamStub results = UpstreamStub.start("results");

  @DynamicPropertySource
  static void upstreams(DynamicPropertyRegistry registry) {
    registry.add("kaohe.routes.results-url", results::url);
  }

  @AfterAll
  static void stopUpstream() {
    results.close();
  }

  @LocalServerPort int port;

  WebTestClient client;

  @BeforeEach
  void bindToServer() {
    client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  @Test
  void principalOverItsBurstIsAnswered429WithRetryAfterWhileOthersContinue() {
    String busy = TestTokens.token("busy-wallboard", "dashboard");
    rankings(busy).expectStatus().isOk();
    rankings(busy).expectStatus().isOk();

    rankings(busy)
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .value(
            HttpHeaders.RETRY_AFTER,
            retryAfter -> assertThat(Integer.parseInt(retryAfter)).isBetween(1, 1000))
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(429);

    rankings(TestTokens.token("other-wallboard", "dashboard")).expectStatus().isOk();
    assertThat(results.received()).hasSize(3);
  }

  @Test
  void forbiddenRequestsUseUpThePrincipalsBucketToo(CapturedOutput output) {
    String auditor = TestTokens.token("persistent-auditor", "auditor");
    Map<Integer, Long> statuses =
        Requests.statusCounts(
            200,
            () ->
                client
                    .post()
                    .uri("/api/assessment/scores")
                    .headers(headers -> headers.setBearerAuth(auditor))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}"));

    assertThat(statuses).containsEntry(403, 2L).containsEntry(429, 198L);
    assertThat(output.getOut())
        .contains(
            "Denied 429 POST /api/assessment/scores for persistent-auditor: Rate limit exceeded;");
  }

  private WebTestClient.ResponseSpec rankings(String token) {
    return client
        .get()
        .uri("/api/results/rankings")
        .headers(headers -> headers.setBearerAuth(token))
        .exchange();
  }
}

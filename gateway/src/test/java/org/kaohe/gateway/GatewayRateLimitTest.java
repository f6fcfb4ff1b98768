package org.kaohe.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

// A bucket of 2 refilling once every 10 s: the third quick request is always over the limit.
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kaohe.gateway.rate-limit.requests-per-second=0.1",
      "kaohe.gateway.rate-limit.burst=2"
    })
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
            retryAfter -> assertThat(Integer.parseInt(retryAfter)).isBetween(1, 10))
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(429);

    rankings(TestTokens.token("other-wallboard", "dashboard")).expectStatus().isOk();
    assertThat(results.received()).hasSize(3);
  }

  private WebTestClient.ResponseSpec rankings(String token) {
    return client
        .get()
        .uri("/api/results/rankings")
        .headers(headers -> headers.setBearerAuth(token))
        .exchange();
  }
}

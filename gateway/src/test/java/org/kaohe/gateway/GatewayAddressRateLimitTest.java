package org.kaohe.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

// A bucket of 150 per client address refilling once every 1000 s, however slowly the test runs.
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kaohe.gateway.address-rate-limit.requests-per-second=0.001",
      "kaohe.gateway.address-rate-limit.burst=150"
    })
class GatewayAddressRateLimitTest {

  @LocalServerPort int port;

  @Test
  void requestsWithoutATokenAreLimitedPerAddressBeforeAuthentication() {
    WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();

    Map<Integer, Long> statuses =
        Requests.statusCounts(200, () -> client.get().uri("/api/assessment/reference/units"));

    assertThat(statuses).containsEntry(401, 150L).containsEntry(429, 50L);
    client
        .get()
        .uri("/api/assessment/reference/units")
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(
            String.class,
            detail ->
                assertThat(detail)
                    .matches("Rate limit exceeded; retry after \\d+ second\\(s\\)\\."));
  }
}

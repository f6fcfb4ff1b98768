package org.kaohe.survey;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kaohe.tools.embedded.LocalTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class SurveyedUnitsIT extends SurveyServiceTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void anyAuthenticatedRoleListsTheSurveyedCities() {
    client()
        .get()
        .uri("/api/survey/units?category=CITY")
        .header("Authorization", "Bearer " + token("dashboard"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(14)
        .jsonPath("$[0].code")
        .isEqualTo("620100");
  }

  @Test
  void withoutATokenTheListIsRefused() {
    client()
        .get()
        .uri("/api/survey/units")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private WebTestClient client() {
    return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
  }

  private static String token(String role) {
    return LocalTokens.mint(
        LocalTokens.DEFAULT_SECRET, "wall", role, null, Duration.ofMinutes(5), Clock.systemUTC());
  }
}

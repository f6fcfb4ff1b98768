package org.kaohe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.web.sample.SampleApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(
    classes = SampleApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kaohe.security.jwt.hmac-secret=" + TestTokens.SECRET,
      "management.endpoints.web.exposure.include=health,info"
    })
class ServiceWebConventionsTest {

  private static final String VALID_RECORD = "{\"unitCode\":\"620100\",\"score\":87}";

  @LocalServerPort int port;

  WebTestClient client;

  @BeforeEach
  void bindToServer() {
    client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  @Test
  void requestWithoutTokenIsAnsweredWith401ProblemAndBearerChallenge() {
    postRecord(null, VALID_RECORD)
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(401)
        .jsonPath("$.detail")
        .isEqualTo("A bearer token is required.")
        .jsonPath("$.instance")
        .isEqualTo("/sample/records");
  }

  @Test
  void tokenWithBadSignatureIsRejectedAsInvalidToken() {
    String forged =
        TestTokens.sign(
            "another-secret-that-is-also-32-bytes-long",
            TestTokens.ISSUER,
            "mallory",
            "620100",
            List.of("admin"));

    postRecord(forged, VALID_RECORD)
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
        .expectBody()
        .jsonPath("$.detail")
        .value(
            String.class, detail -> assertThat(detail).startsWith("The bearer token was rejected"));
  }

  @Test
  void tokenFromAnotherIssuerIsRejected() {
    String foreign = TestTokens.sign(TestTokens.SECRET, "elsewhere", "eve", null, List.of("admin"));

    postRecord(foreign, VALID_RECORD).expectStatus().isUnauthorized();
  }

  @Test
  void callerWithoutRequiredRoleGets403NamingTheRoles() {
    postRecord(TestTokens.token("audit-1", null, "auditor"), VALID_RECORD)
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(403)
        .jsonPath("$.detail")
        .isEqualTo("This request needs the role agency or admin.")
        .jsonPath("$.requiredRoles")
        .isEqualTo(List.of("agency", "admin"));
  }

  @Test
  void validTokenReachesControllerWithResolvedCaller() {
    postRecord(TestTokens.token("agency-user", "620100", "agency", "not-a-role"), VALID_RECORD)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.unitCode")
        .isEqualTo("620100")
        .jsonPath("$.principal")
        .isEqualTo("agency-user")
        .jsonPath("$.agency")
        .isEqualTo("620100")
        .jsonPath("$.roles")
        .isEqualTo(List.of("agency"));
  }

  @Test
  void callerWithoutAgencyClaimHasEmptyAgency() {
    client
        .get()
        .uri("/sample/optional-agency")
        .headers(headers -> headers.setBearerAuth(TestTokens.token("viewer", null, "dashboard")))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .isEqualTo("none");
  }

  @Test
  void invalidBodyIsAnswered400WithFieldErrors() {
    postRecord(
            TestTokens.token("agency-user", "620100", "agency"),
            "{\"unitCode\":\"\",\"score\":101}")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request is invalid; see errors.")
        .jsonPath("$.errors.length()")
        .isEqualTo(2)
        .jsonPath("$.errors[0].field")
        .isEqualTo("score")
        .jsonPath("$.errors[0].message")
        .isEqualTo("must be less than or equal to 100")
        .jsonPath("$.errors[1].field")
        .isEqualTo("unitCode")
        .jsonPath("$.errors[1].message")
        .isEqualTo("must not be blank");
  }

  @Test
  void malformedJsonIsAnswered400WithItsLocation() {
    postRecord(TestTokens.token("agency-user", "620100", "agency"), "{\"unitCode\": }")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body is not valid JSON (line 1, column 14).");
  }

  @Test
  void wronglyTypedFieldIsAnswered400NamingTheField() {
    postRecord(
            TestTokens.token("agency-user", "620100", "agency"),
            "{\"unitCode\":\"620100\",\"score\":\"high\"}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body has an invalid value at 'score'.");
  }

  @Test
  void invalidPathVariableIsAnswered400NamingTheParameter() {
    client
        .get()
        .uri("/sample/years/1999")
        .headers(headers -> headers.setBearerAuth(TestTokens.token("admin-1", null, "admin")))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("year")
        .jsonPath("$.errors[0].message")
        .isEqualTo("must be greater than or equal to 2000");
  }

  @Test
  void accessDeniedRaisedByControllerIsAnswered403Problem() {
    client
        .get()
        .uri("/sample/denied")
        .headers(
            headers -> headers.setBearerAuth(TestTokens.token("agency-user", "620100", "agency")))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("Your roles do not allow this request.");
  }

  @Test
  void responseStatusExceptionKeepsItsStatusAndReason() {
    client
        .get()
        .uri("/sample/conflict")
        .headers(headers -> headers.setBearerAuth(TestTokens.token("admin-1", null, "admin")))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("Round 2026 is closed.");
  }

  @Test
  void invalidFieldsAreAnswered400NamingEveryOne() {
    client
        .get()
        .uri("/sample/invalid-fields")
        .headers(headers -> headers.setBearerAuth(TestTokens.token("admin-1", null, "admin")))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("unknown unit code 999999; no indicator catalogue for year 2031")
        .jsonPath("$.errors[0].field")
        .isEqualTo("unitCode")
        .jsonPath("$.errors[1].message")
        .isEqualTo("no indicator catalogue for year 2031");
  }

  @Test
  void unknownPathIsAnswered404Problem() {
    client
        .get()
        .uri("/no/such/path")
        .headers(headers -> headers.setBearerAuth(TestTokens.token("admin-1", null, "admin")))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(404)
        .jsonPath("$.instance")
        .isEqualTo("/no/such/path");
  }

  @Test
  void unexpectedControllerFailureIsAnswered500WithoutInternals() {
    String body =
        client
            .get()
            .uri("/sample/failure")
            .headers(headers -> headers.setBearerAuth(TestTokens.token("admin-1", null, "admin")))
            .exchange()
            .expectStatus()
            .isEqualTo(500)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    assertThat(body)
        .contains("An unexpected error occurred; it has been logged.")
        .doesNotContain("mongodb://secret@db", "IllegalStateException", "trace");
  }

  @Test
  void unexpectedFailureOutsideControllersIsAnswered500WithoutInternals() {
    String body =
        client
            .get()
            .uri("/sample/filter-failure")
            .headers(headers -> headers.setBearerAuth(TestTokens.token("admin-1", null, "admin")))
            .exchange()
            .expectStatus()
            .isEqualTo(500)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    assertThat(body)
        .contains("An unexpected error occurred; it has been logged.")
        .doesNotContain("filter internals", "IllegalStateException", "trace");
  }

  @Test
  void publicPathNeedsNoTokenButCallerParameterStillDoes() {
    client.get().uri("/sample/public/ping").exchange().expectStatus().isOk();
    client
        .get()
        .uri("/sample/public/caller")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void healthAndInfoArePublic() {
    client
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .value(health -> assertThat(health).containsEntry("status", "UP"));
    client.get().uri("/actuator/info").exchange().expectStatus().isOk();
  }

  private WebTestClient.ResponseSpec postRecord(String token, String json) {
    return client
        .post()
        .uri("/sample/records")
        .contentType(MediaType.APPLICATION_JSON)
        .headers(
            headers -> {
              if (token != null) {
                headers.setBearerAuth(token);
              }
            })
        .bodyValue(json)
        .exchange();
  }
}

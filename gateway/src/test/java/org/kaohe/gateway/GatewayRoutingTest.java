package org.kaohe.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.gateway.UpstreamStub.ReceivedRequest;
import org.kaohe.platform.web.access.AccessPolicies;
import org.kaohe.platform.web.access.AccessPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kaohe.web.max-body-bytes=1024")
class GatewayRoutingTest {

  static final UpstreamStub assessment = UpstreamStub.start("assessment");
  static final UpstreamStub results = UpstreamStub.start("results");

  private static final String SCORES_PATH = "/api/assessment/units/620100/scores";
  private static final String SCORE_JSON = "{\"indicator\":\"party-building\",\"score\":87.5}";

  @DynamicPropertySource
  static void upstreams(DynamicPropertyRegistry registry) {
    registry.add("kaohe.routes.assessment-url", assessment::url);
    registry.add("kaohe.routes.results-url", results::url);
    registry.add("kaohe.routes.survey-url", UpstreamStub::unreachableUrl);
  }

  @AfterAll
  static void stopUpstreams() {
    assessment.close();
    results.close();
  }

  @LocalServerPort int port;

  @Autowired AccessPolicy gatewayPolicy;

  WebTestClient client;

  @BeforeEach
  void setUp() {
    client =
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + port)
            .responseTimeout(Duration.ofSeconds(10))
            .build();
    assessment.clear();
    results.clear();
  }

  @Test
  void requestWithoutTokenIsAnswered401AndNeverReachesTheService() {
    client
        .post()
        .uri(SCORES_PATH)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(SCORE_JSON)
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(401);

    assertThat(assessment.received()).isEmpty();
  }

  @Test
  void auditorCannotWriteAssessments() {
    client
        .post()
        .uri(SCORES_PATH)
        .headers(bearer(TestTokens.token("auditor-1", "auditor")))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(SCORE_JSON)
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("This request needs the role agency or admin.");

    assertThat(assessment.received()).isEmpty();
  }

  @Test
  void bulkSubmissionsReachTheAssessmentServiceOnTheirOwnRoute() {
    for (String path : new String[] {"/api/assessment/scores/batch", "/api/assessment/uploads"}) {
      client
          .post()
          .uri(path)
          .headers(bearer(TestTokens.token("agency-1", "agency")))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue("[]")
          .exchange()
          .expectStatus()
          .isOk();
    }

    assertThat(assessment.received())
        .extracting(ReceivedRequest::path)
        .containsExactly("/api/assessment/scores/batch", "/api/assessment/uploads");
  }

  @Test
  void auditorCanReadAssessments() {
    client
        .get()
        .uri(SCORES_PATH)
        .headers(bearer(TestTokens.token("auditor-1", "auditor")))
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(assessment.received()).extracting(ReceivedRequest::method).containsExactly("GET");
  }

  @Test
  void anAuditorsHeadOnAReadIsRoutedLikeItsGet() {
    client
        .head()
        .uri(SCORES_PATH)
        .headers(bearer(TestTokens.token("auditor-1", "auditor")))
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(assessment.received()).extracting(ReceivedRequest::method).containsExactly("HEAD");
  }

  @Test
  void theGatewayEnforcesEveryServicesDeclaredRules() {
    assertThat(gatewayPolicy).isEqualTo(AccessPolicies.GATEWAY);
  }

  @Test
  void theServicesApiDocumentsAreRoutedWithoutAToken() {
    client.get().uri("/api/assessment/v3/api-docs").exchange().expectStatus().isOk();

    assertThat(assessment.received())
        .extracting(ReceivedRequest::path)
        .containsExactly("/api/assessment/v3/api-docs");
  }

  @Test
  void theAuditTrailIsReadByAuditorsButNotByAgencies() {
    client
        .get()
        .uri("/api/assessment/audit/verify")
        .headers(bearer(TestTokens.token("agency-1", "agency")))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("This request needs the role auditor or admin.");
    assertThat(assessment.received()).isEmpty();

    client
        .get()
        .uri("/api/assessment/audit/verify")
        .headers(bearer(TestTokens.token("auditor-1", "auditor")))
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(assessment.received()).hasSize(1);
  }

  @Test
  void everyRoleReadsReferenceData() {
    client
        .get()
        .uri("/api/assessment/reference/units")
        .headers(bearer(TestTokens.token("wall", "dashboard")))
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(assessment.received()).extracting(ReceivedRequest::method).containsExactly("GET");
  }

  @Test
  void onlyAdminsReachAdministration() {
    client
        .post()
        .uri("/api/assessment/admin/processors/round-summaries/replay")
        .headers(bearer(TestTokens.token("agency-1", "agency")))
        .exchange()
        .expectStatus()
        .isForbidden();

    assertThat(assessment.received()).isEmpty();
  }

  @Test
  void agencyWriteIsRoutedUnchangedWithItsAuthorizationHeader() {
    String token = TestTokens.token("agency-620100", "agency");

    client
        .post()
        .uri(SCORES_PATH)
        .headers(bearer(token))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(SCORE_JSON)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.upstream")
        .isEqualTo("assessment")
        .jsonPath("$.path")
        .isEqualTo(SCORES_PATH);

    assertThat(assessment.received())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.method()).isEqualTo("POST");
              assertThat(request.path()).isEqualTo(SCORES_PATH);
              assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
              assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(SCORE_JSON);
            });
  }

  @Test
  void resultStreamRelaysEventsAsTheyArriveAndPassesLastEventId() {
    List<ServerSentEvent<String>> events =
        client
            .get()
            .uri("/api/results/stream")
            .headers(bearer(TestTokens.token("wallboard", "dashboard")))
            .header("Last-Event-ID", "4")
            .accept(MediaType.TEXT_EVENT_STREAM)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
            .getResponseBody()
            .take(2)
            .collectList()
            // The upstream keeps the stream open: both events arrive before it ends.
            .block(Duration.ofSeconds(10));

    assertThat(events).extracting(ServerSentEvent::id).containsExactly("5", "6");
    assertThat(events).extracting(ServerSentEvent::event).containsOnly("unit-result");
    assertThat(events.get(0).data()).contains("\"unitCode\":\"620105\"", "\"grade\":\"GOOD\"");
    assertThat(results.received())
        .singleElement()
        .satisfies(request -> assertThat(request.header("Last-Event-ID")).isEqualTo("4"));
  }

  @Test
  void unreachableServiceIsAnswered502Problem() {
    client
        .get()
        .uri("/api/survey/campaigns")
        .headers(bearer(TestTokens.token("wallboard", "dashboard")))
        .exchange()
        .expectStatus()
        .isEqualTo(502)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The upstream service is unavailable; retry later.");
  }

  @Test
  void campaignsAreRunByAdminsAndAgenciesNotDashboards() {
    client
        .post()
        .uri("/api/survey/campaigns")
        .headers(bearer(TestTokens.token("wallboard", "dashboard")))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.requiredRoles")
        .isEqualTo(List.of("agency", "admin"));
  }

  @Test
  void onlySurveyTeamsSendResponses() {
    client
        .post()
        .uri("/api/survey/campaigns/SURVEY-2026/responses")
        .headers(bearer(TestTokens.token("ops", "admin")))
        .contentType(MediaType.APPLICATION_NDJSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.requiredRoles")
        .isEqualTo(List.of("survey-team"));
  }

  @Test
  void bodyOverTheLimitIsAnswered413WithoutReachingTheService() {
    client
        .post()
        .uri(SCORES_PATH)
        .headers(bearer(TestTokens.token("agency-620100", "agency")))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(jsonOfLength(2048))
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body exceeds the limit of 1024 bytes.");

    assertThat(assessment.received()).isEmpty();
  }

  @Test
  void chunkedBodyCrossingTheLimitIsAnswered413() {
    Flux<DataBuffer> chunks =
        Flux.range(0, 3)
            .map(
                ignored ->
                    DefaultDataBufferFactory.sharedInstance.wrap(
                        " ".repeat(600).getBytes(StandardCharsets.UTF_8)));

    client
        .post()
        .uri(SCORES_PATH)
        .headers(bearer(TestTokens.token("agency-620100", "agency")))
        .contentType(MediaType.APPLICATION_JSON)
        .body(chunks, DataBuffer.class)
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void unknownApiPathIsAnswered404Problem() {
    client
        .get()
        .uri("/api/unknown")
        .headers(bearer(TestTokens.token("admin-1", "admin")))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void dashboardIsServedWithoutToken() {
    client
        .get()
        .uri("/dashboard/")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class)
        .value(page -> assertThat(page).contains("<title>Kaohe", "dashboard.js"));
    client.get().uri("/dashboard/dashboard.js").exchange().expectStatus().isOk();
    client.get().uri("/dashboard/dashboard.css").exchange().expectStatus().isOk();
  }

  @Test
  void rootRedirectsToTheDashboard() {
    client
        .get()
        .uri("/")
        .exchange()
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .location("/dashboard/");
  }

  @Test
  void healthIsPublic() {
    client.get().uri("/actuator/health").exchange().expectStatus().isOk();
  }

  private static java.util.function.Consumer<HttpHeaders> bearer(String token) {
    return headers -> headers.setBearerAuth(token);
  }

  private static String jsonOfLength(int length) {
    char[] padding = new char[length - "{\"pad\":\"\"}".length()];
    Arrays.fill(padding, 'x');
    return "{\"pad\":\"" + new String(padding) + "\"}";
  }
}

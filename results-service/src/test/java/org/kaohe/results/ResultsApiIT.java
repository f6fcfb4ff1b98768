package org.kaohe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.EventJson;
import org.kaohe.events.Topics;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.assessment.VetoConfirmedEvent;
import org.kaohe.events.assessment.VetoProposedEvent;
import org.kaohe.events.assessment.VetoRejectedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.ids.VetoId;
import org.kaohe.events.ids.VetoItemCode;
import org.kaohe.events.results.ResultAdjustment;
import org.kaohe.events.results.ResultComponent;
import org.kaohe.events.results.ResultRule;
import org.kaohe.events.results.UnitResultPublishedEvent;
import org.kaohe.events.survey.SurveyResultPublishedEvent;
import org.kaohe.platform.kafka.CloudEventPublisher;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.tools.embedded.LocalTokens;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/**
 * The results API on the real embedded Kafka broker and MongoDB server: every kind of input of four
 * counties of Jiuquan (620900) arrives as the assessment and survey services publish it, and each
 * result is checked against values computed by hand from the shipped 2026 scheme (schemes.yml, tree
 * COUNTY).
 *
 * <p>Each of the first three counties has six of the tree's top-level components: PERFORMANCE
 * (0.45; of it only HQD 0.70, and of HQD only HQD-ECONOMY, so PERFORMANCE's value is the
 * HQD-ECONOMY score), PARTY-BUILDING 0.10, REGULAR 0.30 (the mean of H1 and H2), DEMOCRATIC 0.05
 * (ballot points over ballots: EXCELLENT 100, GOOD 80), LEADERS-EVALUATION 0.05 and SURVEY 0.05.
 * Their weights sum to 1, so each contribution is weight × value. The fourth county has only
 * PERFORMANCE, PARTY-BUILDING and REGULAR: weights over 0.85, each contribution weight × value /
 * 0.85 rounded to 4 places. COUNTY has 86 units: at most floor(0.30 × 86) = 25 EXCELLENT, and HQD
 * is outstanding while fewer than 0.5 × 86 units score higher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsApiIT {
  private static final String RUN = Long.toString(System.nanoTime());
  private static final int YEAR = 2026;

  /** Suzhou district: every input present, a veto proposed and rejected. */
  private static final String SUZHOU = "620902";

  /** Jinta county: political quality rated AVERAGE. */
  private static final String JINTA = "620921";

  /** Guazhou county: a confirmed veto and an audit finding beyond the per-finding cap. */
  private static final String GUAZHOU = "620922";

  /** Subei county: three components, the regular assessment corrected from below 90 to above. */
  private static final String SUBEI = "620923";

  /** Aksay county: no inputs at all. */
  private static final String AKSAY = "620924";

  private static final String JIUQUAN = "620900";

  /** Anding district, a county of Dingxi: outside Jiuquan's region. */
  private static final String ANDING = "621102";

  private static final Instant START = Instant.parse("2027-01-10T08:00:00Z");

  private final AtomicLong clock = new AtomicLong();
  private CloudEventPublisher publisher;
  private String confirmedVetoProposal;
  private String confirmedVeto;
  private String auditFinding;
  private String jintaRating;
  private String subeiFirstHalf;
  private Instant subeiCorrectedAt;

  @Value("${local.server.port}")
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add(
        "kaohe.results.mongodb-uri", () -> SharedInfrastructure.mongo().connectionString());
    registry.add("kaohe.results.database", () -> "results-api-it-" + RUN);
    registry.add("kaohe.results.consumer-group", () -> "results-api-it-" + RUN);
    registry.add(
        "kaohe.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
  }

  @BeforeAll
  void publishTheCountiesInputs() {
    publisher =
        new CloudEventPublisher(SharedInfrastructure.kafka().bootstrapServers(), "api-it-stand-in");
    // The survey first: it arrives on its own topic, so each county's assessment events, all on
    // one partition in order, are applied after it and the last of them sets the final result.
    survey(SUZHOU, "90");
    survey(JINTA, "90");
    survey(GUAZHOU, "95");
    awaitComposite(SUZHOU, "90");
    awaitComposite(JINTA, "90");
    awaitComposite(GUAZHOU, "95");

    score(SUZHOU, "HQD-ECONOMY", null, "96");
    score(SUZHOU, "PARTY-BUILDING", null, "94");
    score(SUZHOU, "REGULAR-HALF-YEAR", "H1", "92");
    score(SUZHOU, "REGULAR-HALF-YEAR", "H2", "94");
    ballots(SUZHOU, Map.of("EXCELLENT", 8, "GOOD", 2));
    rate(SUZHOU, PoliticalRating.GOOD);
    propose(SUZHOU, "VETO-SAFETY");
    reject(SUZHOU, "VETO-SAFETY");
    score(SUZHOU, "LEADERS-EVALUATION", null, "95");

    score(JINTA, "HQD-ECONOMY", null, "90");
    score(JINTA, "PARTY-BUILDING", null, "90");
    score(JINTA, "REGULAR-HALF-YEAR", "H1", "90");
    score(JINTA, "REGULAR-HALF-YEAR", "H2", "90");
    ballots(JINTA, Map.of("GOOD", 10));
    jintaRating = rate(JINTA, PoliticalRating.AVERAGE);
    score(JINTA, "LEADERS-EVALUATION", null, "90");

    score(GUAZHOU, "HQD-ECONOMY", null, "95");
    score(GUAZHOU, "PARTY-BUILDING", null, "95");
    score(GUAZHOU, "REGULAR-HALF-YEAR", "H1", "95");
    score(GUAZHOU, "REGULAR-HALF-YEAR", "H2", "95");
    ballots(GUAZHOU, Map.of("EXCELLENT", 10));
    rate(GUAZHOU, PoliticalRating.GOOD);
    confirmedVetoProposal = propose(GUAZHOU, "VETO-ENVIRONMENT");
    confirmedVeto = confirm(GUAZHOU, "VETO-ENVIRONMENT");
    auditFinding = finding(GUAZHOU, "AUDIT-" + RUN, "AUDIT", "7");
    score(GUAZHOU, "LEADERS-EVALUATION", null, "95");

    score(SUBEI, "HQD-ECONOMY", null, "92");
    score(SUBEI, "PARTY-BUILDING", null, "92");
    subeiFirstHalf = score(SUBEI, "REGULAR-HALF-YEAR", "H1", "88");
    rate(SUBEI, PoliticalRating.GOOD);
    propose(SUBEI, "VETO-SAFETY");
    score(SUBEI, "REGULAR-HALF-YEAR", "H2", "90");
    awaitComposite(SUBEI, "90.9412");
    subeiCorrectedAt = next();
    score(SUBEI, "REGULAR-HALF-YEAR", "H1", "92", subeiCorrectedAt);

    score(JIUQUAN, "HQD-ECONOMY", null, "70");
    score(ANDING, "HQD-ECONOMY", null, "50");

    awaitComposite(SUZHOU, "94.55");
    awaitComposite(JINTA, "89.5");
    awaitComposite(GUAZHOU, "90.25");
    awaitComposite(SUBEI, "91.647");
    awaitComposite(JIUQUAN, "70");
    awaitComposite(ANDING, "50");
  }

  @AfterAll
  void close() {
    publisher.close();
  }

  @Test
  void aCompleteSetOfComponentsWeighsAsTheSchemeSaysAndEarnsExcellent() {
    UnitResultPublishedEvent suzhou = unit(SUZHOU, token("dashboard", null));

    assertThat(suzhou.category()).isEqualTo("COUNTY");
    assertThat(suzhou.peerGroup()).isEqualTo("COUNTY");
    assertThat(suzhou.schemeVersion()).isEqualTo("2026.1");
    // 0.45 × 96 + 0.10 × 94 + 0.30 × 93 + 0.05 × 96 + 0.05 × 95 + 0.05 × 90
    assertThat(suzhou.composite()).isEqualByComparingTo("94.55");
    assertThat(component(suzhou, "PERFORMANCE"))
        .satisfies(
            c -> {
              assertThat(c.weight()).isEqualByComparingTo("0.45");
              assertThat(c.value()).isEqualByComparingTo("96");
              assertThat(c.contribution()).isEqualByComparingTo("43.2");
            });
    assertThat(component(suzhou, "REGULAR").value()).isEqualByComparingTo("93");
    assertThat(component(suzhou, "REGULAR").contribution()).isEqualByComparingTo("27.9");
    assertThat(component(suzhou, "REGULAR").sourceEventIds()).hasSize(2);
    assertThat(component(suzhou, "DEMOCRATIC").value()).isEqualByComparingTo("96");
    assertThat(component(suzhou, "SURVEY").contribution()).isEqualByComparingTo("4.5");
    assertThat(component(suzhou, "SURVEY").sourceEventIds())
        .containsExactly("survey-620902-" + RUN);
    assertThat(
            suzhou.components().stream()
                .map(ResultComponent::contribution)
                .filter(c -> c != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(suzhou.composite());
    assertThat(suzhou.complete()).isFalse();
    assertThat(suzhou.missing()).contains("HQD-RURAL", "IDEOLOGY").doesNotContain("SURVEY");
    assertThat(suzhou.provisional()).isTrue();
    // The veto was proposed and then rejected: it has no effect.
    assertThat(suzhou.eligibleForExcellent()).isTrue();
    assertThat(suzhou.ineligibility()).isEmpty();
    assertThat(suzhou.gradeBeforeAdjustment()).isEqualTo("EXCELLENT");
    assertThat(suzhou.grade()).isEqualTo("EXCELLENT");
    assertThat(suzhou.rank()).isEqualTo(1);
    assertThat(suzhou.peerGroupSize()).isEqualTo(86);
  }

  @Test
  void politicalQualityRatedAverageRulesOutExcellentAndLowersTheGradeOneLevel() {
    UnitResultPublishedEvent jinta = unit(JINTA, token("dashboard", null));

    // 0.45 × 90 + 0.10 × 90 + 0.30 × 90 + 0.05 × 80 + 0.05 × 90 + 0.05 × 90
    assertThat(jinta.composite()).isEqualByComparingTo("89.5");
    assertThat(jinta.eligibleForExcellent()).isFalse();
    assertThat(jinta.ineligibility())
        .containsExactly(
            new ResultRule(
                "POLITICAL_QUALITY_NOT_GOOD",
                "political quality is rated AVERAGE, not GOOD",
                List.of(jintaRating)));
    assertThat(jinta.gradeBeforeAdjustment()).isEqualTo("GOOD");
    assertThat(jinta.grade()).isEqualTo("AVERAGE");
    assertThat(jinta.adjustments())
        .containsExactly(
            new ResultAdjustment(
                "POLITICAL_QUALITY_LOWERS_GRADE", "GOOD", "AVERAGE", List.of(jintaRating)));
    assertThat(jinta.rank()).isEqualTo(4);
  }

  @Test
  void aConfirmedVetoRulesOutExcellentAndAFindingDeductsNoMoreThanItsCap() {
    UnitResultPublishedEvent guazhou = unit(GUAZHOU, token("dashboard", null));

    // 0.45 × 95 + 0.10 × 95 + 0.30 × 95 + 0.05 × 100 + 0.05 × 95 + 0.05 × 95 = 95.25, less the
    // audit finding's 7 points capped at 5 per finding.
    assertThat(guazhou.composite()).isEqualByComparingTo("90.25");
    assertThat(guazhou.deductions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.findingId()).isEqualTo("AUDIT-" + RUN);
              assertThat(d.requested()).isEqualByComparingTo("7");
              assertThat(d.points()).isEqualByComparingTo("5");
              assertThat(d.sourceEventId()).isEqualTo(auditFinding);
            });
    assertThat(guazhou.ineligibility())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.rule()).isEqualTo("VETO_CONFIRMED");
              assertThat(rule.detail())
                  .isEqualTo("one-vote veto veto:" + GUAZHOU + ":2026:VETO-ENVIRONMENT confirmed");
              assertThat(rule.sourceEventIds())
                  .containsExactlyInAnyOrder(confirmedVetoProposal, confirmedVeto);
            });
    // The veto cap on grades is off in the 2026 scheme: the band decides.
    assertThat(guazhou.grade()).isEqualTo("GOOD");
    assertThat(guazhou.adjustments()).isEmpty();
    assertThat(guazhou.rank()).isEqualTo(3);
  }

  @Test
  void aCorrectedRegularScoreLiftsTheUnitAboveTheThresholdAndAsOfBeforeItReturnsTheOldResult() {
    UnitResultPublishedEvent now = unit(SUBEI, token("auditor", null));

    // PERFORMANCE 0.45 × 92 / 0.85 = 48.7059, PARTY-BUILDING 0.10 × 92 / 0.85 = 10.8235,
    // REGULAR 0.30 × (92 + 90) / 2 / 0.85 = 32.1176.
    assertThat(now.composite()).isEqualByComparingTo("91.647");
    assertThat(component(now, "REGULAR").weight()).isEqualByComparingTo("0.352941");
    assertThat(component(now, "REGULAR").schemeWeight()).isEqualByComparingTo("0.30");
    assertThat(component(now, "SURVEY").value()).isNull();
    assertThat(now.missing()).contains("DEMOCRATIC", "LEADERS-EVALUATION", "SURVEY");
    // A proposed veto has no effect until confirmed.
    assertThat(now.ineligibility()).isEmpty();
    assertThat(now.grade()).isEqualTo("EXCELLENT");
    assertThat(now.rank()).isEqualTo(2);

    UnitResultPublishedEvent before =
        read(
                "/api/results/units/" + SUBEI + "/2026?asOf=" + subeiCorrectedAt.minusMillis(1),
                token("auditor", null))
            .returnResult(UnitResultPublishedEvent.class)
            .getResponseBody()
            .blockFirst(Duration.ofSeconds(10));
    // REGULAR 0.30 × (88 + 90) / 2 / 0.85 = 31.4118.
    assertThat(before.composite()).isEqualByComparingTo("90.9412");
    assertThat(before.ineligibility())
        .containsExactly(
            new ResultRule(
                "REGULAR_BELOW_THRESHOLD",
                "the regular assessment 89 is below 90",
                component(before, "REGULAR").sourceEventIds()));
    assertThat(component(before, "REGULAR").sourceEventIds()).contains(subeiFirstHalf);
    assertThat(before.grade()).isEqualTo("GOOD");
  }

  @Test
  void theRankingListsThePeerGroupByComposite() {
    JsonNode ranking =
        json(read("/api/results/rankings?year=2026&peerGroup=COUNTY", token("dashboard", null)));

    assertThat(ranking.get("peerGroup").asText()).isEqualTo("COUNTY");
    List<String> order = new java.util.ArrayList<>();
    ranking.get("ranking").forEach(r -> order.add(r.get("code").asText()));
    assertThat(order).startsWith(SUZHOU, SUBEI, GUAZHOU, JINTA, ANDING);
    assertThat(ranking.get("ranking").get(0).get("grade").asText()).isEqualTo("EXCELLENT");
    assertThat(ranking.get("ranking").get(3).get("rank").asInt()).isEqualTo(4);
  }

  @Test
  void theSchemeShowsItsParameters() {
    JsonNode scheme = json(read("/api/results/schemes/2026", token("dashboard", null)));

    assertThat(scheme.get("version").asText()).isEqualTo("2026.1");
    JsonNode parameters = scheme.get("parameters");
    assertThat(parameters.get("excellentShare").get("units").decimalValue())
        .isEqualByComparingTo("0.30");
    assertThat(parameters.get("excellentThreshold").decimalValue()).isEqualByComparingTo("90");
    assertThat(parameters.get("regularThreshold").decimalValue()).isEqualByComparingTo("90");
  }

  @Test
  void anAgencyReadsOnlyTheUnitsItIsResponsibleFor() {
    assertThat(unit(SUZHOU, token("agency", "PROV-STATS")).composite())
        .isEqualByComparingTo("94.55");

    read("/api/results/units/" + SUZHOU + "/2026", token("agency", "PROV-EDUCATION"), 403)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("agency PROV-EDUCATION is not responsible for unit 620902 in 2026");
  }

  @Test
  void anAgencyLearnsNothingOfACadreItMayNotReadNotEvenWhetherItsResultExists() {
    for (String cadre : List.of("C-620902-1", "C-620902-9", "C-NOBODY")) {
      read("/api/results/cadres/" + cadre + "/2026", token("agency", "PROV-EDUCATION"), 403)
          .expectBody()
          .jsonPath("$.detail")
          .isEqualTo("agency PROV-EDUCATION is not responsible for cadre " + cadre + " in 2026");
    }
    read("/api/results/cadres/C-NOBODY/2026", token("dashboard", null), 404);
  }

  @Test
  void aUnitWithoutInputsHasNoResult() {
    read("/api/results/units/" + AKSAY + "/2026", token("dashboard", null), 404)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("unit 620924 has no result for 2026");
  }

  @Test
  void recomputingTheYearFromTheTopicsFindsNoDifferenceAndTheLiveChecksum() {
    JsonNode report =
        json(
            client()
                .post()
                .uri("/api/results/admin/recompute?year=2026")
                .headers(h -> h.setBearerAuth(token("admin", null)))
                .exchange()
                .expectStatus()
                .isOk());
    JsonNode checksum = json(read("/api/results/checksum?year=2026", token("auditor", null)));

    assertThat(report.get("compared").asInt()).isPositive();
    assertThat(report.get("differences")).isEmpty();
    assertThat(report.get("checksum").asText()).isEqualTo(checksum.get("checksum").asText());
  }

  @Test
  void theStreamFilteredByRegionAndKindDeliversOnlyTheRegionsUnitResults() {
    List<ServerSentEvent<String>> streamed = new CopyOnWriteArrayList<>();
    Disposable subscription =
        WebClient.create("http://127.0.0.1:" + port)
            .get()
            .uri("/api/results/stream?after=0&region=" + JIUQUAN + "&kind=unit")
            .accept(MediaType.TEXT_EVENT_STREAM)
            .headers(h -> h.setBearerAuth(token("dashboard", null)))
            .retrieve()
            .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
            .filter(e -> e.data() != null)
            .subscribe(streamed::add);
    try {
      // The last result logged for the region is Subei's correction or Jiuquan's own score.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  streamed.stream().anyMatch(e -> e.data().contains("\"unitCode\":\"620900\""))
                      && streamed.stream()
                          .anyMatch(e -> e.data().contains("\"composite\":91.647")));
      assertThat(streamed).extracting(ServerSentEvent::event).containsOnly("unit-result");
      assertThat(streamed)
          .extracting(e -> EventJson.read(bytes(e.data()), UnitResultPublishedEvent.class))
          .extracting(r -> r.unitCode().value())
          .contains(SUZHOU, JINTA, GUAZHOU, SUBEI, JIUQUAN)
          .allMatch(code -> code.startsWith("6209"));
    } finally {
      subscription.dispose();
    }
  }

  private static byte[] bytes(String data) {
    return data.getBytes(StandardCharsets.UTF_8);
  }

  private static ResultComponent component(UnitResultPublishedEvent result, String code) {
    return result.components().stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no component " + code));
  }

  private UnitResultPublishedEvent unit(String code, String token) {
    return read("/api/results/units/" + code + "/2026", token)
        .returnResult(UnitResultPublishedEvent.class)
        .getResponseBody()
        .blockFirst(Duration.ofSeconds(10));
  }

  private Optional<UnitResultPublishedEvent> current(String code) {
    byte[] body =
        client()
            .get()
            .uri("/api/results/units/" + code + "/2026")
            .headers(h -> h.setBearerAuth(token("dashboard", null)))
            .exchange()
            .returnResult(byte[].class)
            .getResponseBodyContent();
    try {
      return Optional.of(EventJson.read(body, UnitResultPublishedEvent.class));
    } catch (RuntimeException notAResult) {
      return Optional.empty();
    }
  }

  private void awaitComposite(String code, String composite) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                current(code)
                    .map(
                        r ->
                            r.composite() != null
                                && r.composite().compareTo(new BigDecimal(composite)) == 0)
                    .orElse(false));
  }

  private WebTestClient.ResponseSpec read(String uri, String token) {
    return read(uri, token, 200);
  }

  private WebTestClient.ResponseSpec read(String uri, String token, int status) {
    WebTestClient.ResponseSpec response =
        client().get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    response.expectStatus().isEqualTo(status);
    return response;
  }

  private static JsonNode json(WebTestClient.ResponseSpec response) {
    return EventJson.read(response.expectBody().returnResult().getResponseBody(), JsonNode.class);
  }

  private WebTestClient client() {
    return WebTestClient.bindToServer()
        .baseUrl("http://127.0.0.1:" + port)
        .responseTimeout(Duration.ofSeconds(60))
        .build();
  }

  private static String token(String role, String agency) {
    return LocalTokens.mint(
        LocalTokens.DEFAULT_SECRET,
        "api-it",
        role,
        agency,
        Duration.ofMinutes(10),
        Clock.systemUTC());
  }

  private Instant next() {
    return START.plusSeconds(60 * clock.incrementAndGet());
  }

  private static RoundId round(String unit) {
    return RoundId.of(new UnitCode(unit), YEAR);
  }

  private String score(String unit, String indicator, String period, String value) {
    return score(unit, indicator, period, value, next());
  }

  private String score(
      String unit, String indicator, String period, String value, Instant recordedAt) {
    return assessment(
        unit,
        new ScoreRecordedEvent(
            round(unit),
            new UnitCode(unit),
            YEAR,
            new IndicatorCode(indicator),
            null,
            period,
            new BigDecimal(value),
            null,
            "li.wei",
            new AgencyCode("PROV-STATS"),
            recordedAt,
            null),
        recordedAt);
  }

  private String ballots(String unit, Map<String, Integer> counts) {
    Instant at = next();
    int ballots = counts.values().stream().mapToInt(Integer::intValue).sum();
    return assessment(
        unit,
        new DemocraticEvaluationRecordedEvent(
            round(unit),
            new UnitCode(unit),
            YEAR,
            null,
            "LEADERSHIP-MEMBERS",
            ballots,
            new TreeMap<>(counts),
            0,
            false,
            "wang.fang",
            new AgencyCode("PROV-ORG"),
            at,
            null),
        at);
  }

  private String rate(String unit, PoliticalRating rating) {
    Instant at = next();
    return assessment(
        unit,
        new PoliticalQualityRatedEvent(
            round(unit),
            new UnitCode(unit),
            YEAR,
            null,
            rating,
            "annual political review",
            null,
            "wang.fang",
            new AgencyCode("PROV-ORG"),
            at,
            null),
        at);
  }

  private String finding(String unit, String findingId, String source, String deduction) {
    Instant at = next();
    return assessment(
        unit,
        new FindingRecordedEvent(
            round(unit),
            new UnitCode(unit),
            YEAR,
            null,
            findingId,
            source,
            "MAJOR",
            "funds diverted",
            new BigDecimal(deduction),
            "zhao.lei",
            new AgencyCode("PROV-AUDIT"),
            at),
        at);
  }

  private static VetoId veto(String unit, String item) {
    return VetoId.of(new UnitCode(unit), YEAR, new VetoItemCode(item));
  }

  private String propose(String unit, String item) {
    Instant at = next();
    return assessment(
        unit,
        new VetoProposedEvent(
            veto(unit, item),
            new UnitCode(unit),
            YEAR,
            new VetoItemCode(item),
            "incident report",
            new AgencyCode("PROV-EMERGENCY"),
            "wang.fang",
            new AgencyCode("PROV-ORG"),
            at),
        at);
  }

  private String confirm(String unit, String item) {
    return decide(unit, item, true, "confirmed on inspection", "PROV-ENV");
  }

  private String reject(String unit, String item) {
    return decide(
        unit, item, false, "the accident was not the unit's responsibility", "PROV-EMERGENCY");
  }

  /** The competent department's decision on a proposed veto. */
  private String decide(
      String unit, String item, boolean confirmed, String opinion, String department) {
    Instant at = next();
    VetoId id = veto(unit, item);
    UnitCode code = new UnitCode(unit);
    VetoItemCode itemCode = new VetoItemCode(item);
    AgencyCode agency = new AgencyCode(department);
    UnitEvent decision =
        confirmed
            ? new VetoConfirmedEvent(id, code, YEAR, itemCode, opinion, "sun.li", agency, at)
            : new VetoRejectedEvent(id, code, YEAR, itemCode, opinion, "sun.li", agency, at);
    return assessment(unit, decision, at);
  }

  private void survey(String unit, String score) {
    Instant at = Instant.parse("2026-12-20T10:00:00Z");
    publish(
        Topics.SURVEY_EVENTS,
        "survey-" + unit + "-" + RUN,
        "/kaohe/survey-service",
        unit,
        new SurveyResultPublishedEvent(
            new UnitCode(unit),
            YEAR,
            new CampaignId("SURVEY-API-IT"),
            SurveyResultPublishedEvent.Status.COMPUTED,
            null,
            new BigDecimal(score),
            new BigDecimal(score),
            40,
            new BigDecimal("40"),
            BigDecimal.ONE,
            new BigDecimal("4.5"),
            40,
            true,
            new TreeMap<>(),
            "campaign-closed-" + RUN,
            null,
            at),
        at);
  }

  private String assessment(String unit, UnitEvent data, Instant at) {
    String id = "api-" + clock.get() + "-" + RUN;
    publish(Topics.ASSESSMENT_EVENTS, id, "/kaohe/assessment-service", unit, data, at);
    return id;
  }

  private void publish(
      String topic, String id, String source, String unit, UnitEvent data, Instant at) {
    EventCatalog.EventType type = EventCatalog.forPayload(data.getClass()).orElseThrow();
    publisher.publishAndWait(
        topic,
        unit,
        new TypedCloudEvent(
            id, URI.create(source), type.type(), unit, at, type.dataSchema(), data, Map.of()));
  }
}

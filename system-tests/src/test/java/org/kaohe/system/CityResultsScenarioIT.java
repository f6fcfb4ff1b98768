package org.kaohe.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaohe.events.EventJson;
import org.kaohe.events.results.ResultComponent;
import org.kaohe.events.results.UnitResultPublishedEvent;
import org.kaohe.tools.launcher.LocalStack;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

/**
 * The province's year as the system meets it, only through the gateway: a survey campaign over the
 * 14 cities runs from definition to close, the cities' responsible agencies record their inputs,
 * every city gets its grade with its explanation, a correction changes two grades and reaches a
 * dashboard's stream, the result as of before the correction is the old one, and recomputing the
 * year from the topics finds no difference.
 *
 * <p>Each city gets six of its tree's top-level components, whose 2026 weights (schemes.yml) sum to
 * 1 whatever the city's type: PERFORMANCE 0.45 (only HQD-ECONOMY, so its value is that score),
 * PARTY-BUILDING 0.10 (90), REGULAR 0.30 (the mean of H1 and H2, 92), DEMOCRATIC 0.05 (ten
 * EXCELLENT ballots, 100), LEADERS-EVALUATION 0.05 (90) and SURVEY 0.05 (every respondent answers 5
 * on a 1–5 item, 100). A city's composite is therefore 0.45 × HQD-ECONOMY + 51.1. The other inputs
 * are missing, so every result is provisional. Of 14 cities at most floor(0.30 × 14) = 4 are
 * EXCELLENT, and HQD is outstanding while fewer than 0.5 × 14 = 7 cities score higher.
 *
 * <p>It writes to the cities' rounds, which the authorization matrix also prepares (Lanzhou's
 * economic score of 80, its political rating, vetoes proposed for three cities), so it runs before
 * the other classes of the stack and gives Lanzhou the same economic score and no rating.
 */
@ExtendWith(SharedStack.class)
@Order(1)
class CityResultsScenarioIT {
  private static final String JIAYUGUAN = "620200";
  private static final String JINCHANG = "620300";
  private static final String ZHANGYE = "620700";
  private static final String JIUQUAN = "620900";

  /** HQD-ECONOMY of each city, highest first but for Lanzhou, whose 80 the matrix also records. */
  private static final Map<String, String> ECONOMY = new LinkedHashMap<>();

  static {
    ECONOMY.put("620200", "95");
    ECONOMY.put("620300", "94");
    ECONOMY.put("620400", "93");
    ECONOMY.put("620500", "92");
    ECONOMY.put("620600", "91");
    ECONOMY.put("620700", "90");
    ECONOMY.put("620800", "89");
    ECONOMY.put("620900", "88");
    ECONOMY.put("621000", "87");
    ECONOMY.put("621100", "86");
    ECONOMY.put("621200", "85");
    ECONOMY.put("622900", "84");
    ECONOMY.put("623000", "83");
    ECONOMY.put("620100", "80");
  }

  private static final String CAMPAIGN = "SURVEY-2026-CITIES";
  private static LocalStack stack;

  @BeforeAll
  static void useTheStack(LocalStack running) {
    stack = running;
  }

  @Test
  void theCitiesYearFromInputsToGradesCorrectionAsOfAndRecompute() {
    runTheSurveyCampaign();
    ECONOMY.keySet().forEach(city -> awaitResult(city, r -> survey(r).isPresent()));

    recordTheCitiesInputs();
    ECONOMY.forEach(
        (city, economy) ->
            awaitResult(city, r -> r.composite().compareTo(expectedBeforeCorrection(city)) == 0));

    // The four best eligible cities by composite: Jiayuguan (political quality AVERAGE) and
    // Jinchang (regular 88) are ruled out, Baiyin 92.95, Tianshui 92.5, Wuwei 92.05, Zhangye 91.6.
    assertThat(ECONOMY.keySet().stream().filter(c -> "EXCELLENT".equals(result(c).grade())))
        .containsExactlyInAnyOrder("620400", "620500", "620600", ZHANGYE);

    UnitResultPublishedEvent jiayuguan = result(JIAYUGUAN);
    assertThat(jiayuguan.composite()).isEqualByComparingTo("93.85");
    assertThat(jiayuguan.rank()).isEqualTo(1);
    assertThat(jiayuguan.peerGroupSize()).isEqualTo(14);
    assertThat(rules(jiayuguan))
        .containsExactly(
            "POLITICAL_QUALITY_NOT_GOOD: political quality is rated AVERAGE, not GOOD");
    assertThat(jiayuguan.gradeBeforeAdjustment()).isEqualTo("GOOD");
    assertThat(jiayuguan.adjustments())
        .extracting(a -> a.rule() + ": " + a.from() + " → " + a.to())
        .containsExactly("POLITICAL_QUALITY_LOWERS_GRADE: GOOD → AVERAGE");
    assertThat(jiayuguan.grade()).isEqualTo("AVERAGE");
    assertThat(jiayuguan.provisional()).isTrue();
    assertThat(component(jiayuguan, "PERFORMANCE").contribution()).isEqualByComparingTo("42.75");
    assertThat(survey(jiayuguan).orElseThrow().value()).isEqualByComparingTo("100");
    assertThat(survey(jiayuguan).orElseThrow().sourceEventIds()).hasSize(1);

    UnitResultPublishedEvent jinchang = result(JINCHANG);
    assertThat(jinchang.composite()).isEqualByComparingTo("92.2");
    assertThat(rules(jinchang))
        .containsExactly("REGULAR_BELOW_THRESHOLD: the regular assessment 88 is below 90");
    assertThat(jinchang.grade()).isEqualTo("GOOD");
    assertThat(jinchang.rank()).isEqualTo(4);

    // Seven cities score higher on HQD-ECONOMY than Jiuquan's 88.
    assertThat(rules(result(JIUQUAN)))
        .containsExactly(
            "HQD_NOT_OUTSTANDING: high-quality development 88 is not in the top 0.5 of the peer"
                + " group: 7 of 14 score higher");
    assertThat(result(JIUQUAN).grade()).isEqualTo("GOOD");

    List<ServerSentEvent<String>> streamed = new CopyOnWriteArrayList<>();
    Disposable subscription = subscribe("/api/results/stream?after=0&kind=unit", streamed);
    try {
      BigDecimal corrected = new BigDecimal("93.4");
      post(
              "/api/assessment/scores",
              token("agency", "PROV-ORG"),
              Map.of(
                  "unitCode",
                  JINCHANG,
                  "year",
                  2026,
                  "indicatorCode",
                  "REGULAR-HALF-YEAR",
                  "period",
                  "H1",
                  "value",
                  94,
                  "replaces",
                  86,
                  "reason",
                  "the first half's score was transcribed wrongly"))
          .expectStatus()
          .isCreated();

      // H1 94 and H2 90: REGULAR 92, so 0.45 × 94 + 51.1.
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> streamedResult(streamed, JINCHANG, corrected).isPresent());
      UnitResultPublishedEvent afterCorrection =
          streamedResult(streamed, JINCHANG, corrected).orElseThrow();
      assertThat(afterCorrection.ineligibility()).isEmpty();
      assertThat(afterCorrection.rank()).isEqualTo(2);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> "EXCELLENT".equals(result(JINCHANG).grade()));
      // Jinchang takes one of the four places: Zhangye, the fourth before, is left out.
      assertThat(result(ZHANGYE).grade()).isEqualTo("GOOD");
      assertThat(streamed).extracting(ServerSentEvent::event).containsOnly("unit-result");

      UnitResultPublishedEvent asOf =
          read(
              "/api/results/units/"
                  + JINCHANG
                  + "/2026?asOf="
                  + afterCorrection.computedAt().minusMillis(1),
              UnitResultPublishedEvent.class);
      assertThat(asOf.composite()).isEqualByComparingTo("92.2");
      assertThat(asOf.grade()).isEqualTo("GOOD");
    } finally {
      subscription.dispose();
    }

    JsonNode report =
        json(
            post("/api/results/admin/recompute?year=2026", token("admin", null), null)
                .expectStatus()
                .isOk());
    assertThat(report.get("compared").asInt()).isGreaterThanOrEqualTo(14);
    assertThat(report.get("differences")).isEmpty();
    assertThat(report.get("checksum").asText())
        .isEqualTo(
            read("/api/results/checksum?year=2026", JsonNode.class).get("checksum").asText());
  }

  /** 0.45 × HQD-ECONOMY + 51.1; Jinchang's REGULAR is (86 + 90) / 2 = 88, 1.2 less. */
  private static BigDecimal expectedBeforeCorrection(String city) {
    BigDecimal composite =
        new BigDecimal("0.45")
            .multiply(new BigDecimal(ECONOMY.get(city)))
            .add(new BigDecimal("51.1"));
    return JINCHANG.equals(city) ? composite.subtract(new BigDecimal("1.2")) : composite;
  }

  private static void runTheSurveyCampaign() {
    String admin = token("admin", null);
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("campaignId", CAMPAIGN);
    definition.put("year", 2026);
    definition.put("units", List.copyOf(ECONOMY.keySet()));
    definition.put(
        "items",
        List.of(
            Map.of(
                "code",
                "Q1",
                "text",
                "How satisfied are you with the city's work?",
                "dimension",
                "satisfaction",
                "min",
                1,
                "max",
                5,
                "required",
                true)));
    definition.put("demographics", Map.of("sex", List.of("F", "M")));
    definition.put("fieldworkOpens", "2026-11-01T00:00:00Z");
    definition.put("fieldworkCloses", "2026-11-30T00:00:00Z");
    definition.put("teams", Map.of("PROV-SURVEY", List.copyOf(ECONOMY.keySet())));
    post("/api/survey/campaigns", admin, definition).expectStatus().isCreated();
    post("/api/survey/campaigns/" + CAMPAIGN + "/opening", admin, null).expectStatus().isOk();

    StringBuilder responses = new StringBuilder();
    for (String city : ECONOMY.keySet()) {
      for (int i = 0; i < 3; i++) {
        responses
            .append("{\"responseId\":\"")
            .append(city)
            .append('-')
            .append(i)
            .append("\",\"unitCode\":\"")
            .append(city)
            .append("\",\"respondentKey\":\"resident-")
            .append(city)
            .append('-')
            .append(i)
            .append("\",\"channel\":\"PHONE\",\"collectedAt\":\"2026-11-15T10:00:00Z\",")
            .append("\"demographics\":{\"sex\":\"")
            .append(i % 2 == 0 ? "F" : "M")
            .append("\"},\"answers\":{\"Q1\":5}}\n");
      }
    }
    JsonNode report =
        json(
            gateway()
                .post()
                .uri("/api/survey/campaigns/" + CAMPAIGN + "/responses")
                .header("Authorization", "Bearer " + token("survey-team", "PROV-SURVEY"))
                .contentType(MediaType.APPLICATION_NDJSON)
                .bodyValue(responses.toString())
                .exchange()
                .expectStatus()
                .isOk());
    assertThat(report.get("stored").asInt()).isEqualTo(42);
    post("/api/survey/campaigns/" + CAMPAIGN + "/closing", admin, null).expectStatus().isOk();
  }

  private static void recordTheCitiesInputs() {
    List<Map<String, Object>> economy = new ArrayList<>();
    List<Map<String, Object>> organization = new ArrayList<>();
    ECONOMY.forEach(
        (city, value) -> {
          economy.add(item("e-" + city, city, "HQD-ECONOMY", null, value));
          organization.add(item("p-" + city, city, "PARTY-BUILDING", null, "90"));
          organization.add(item("l-" + city, city, "LEADERS-EVALUATION", null, "90"));
          organization.add(
              item(
                  "h1-" + city,
                  city,
                  "REGULAR-HALF-YEAR",
                  "H1",
                  JINCHANG.equals(city) ? "86" : "92"));
          organization.add(
              item(
                  "h2-" + city,
                  city,
                  "REGULAR-HALF-YEAR",
                  "H2",
                  JINCHANG.equals(city) ? "90" : "92"));
        });
    assertBatchRecorded(token("agency", "PROV-STATS"), economy);
    assertBatchRecorded(token("agency", "PROV-ORG"), organization);

    String organizationToken = token("agency", "PROV-ORG");
    for (String city : ECONOMY.keySet()) {
      post(
              "/api/assessment/democratic-evaluations",
              organizationToken,
              Map.of(
                  "unitCode",
                  city,
                  "year",
                  2026,
                  "raterGroup",
                  "LEADERSHIP-MEMBERS",
                  "ballots",
                  10,
                  "gradeCounts",
                  Map.of("EXCELLENT", 10),
                  "negativeVotes",
                  0))
          .expectStatus()
          .isCreated();
      if (!"620100".equals(city)) {
        post(
                "/api/assessment/political-ratings",
                organizationToken,
                Map.of(
                    "unitCode",
                    city,
                    "year",
                    2026,
                    "rating",
                    JIAYUGUAN.equals(city) ? "AVERAGE" : "GOOD",
                    "basis",
                    "annual political review"))
            .expectStatus()
            .isCreated();
      }
    }
  }

  private static Map<String, Object> item(
      String itemId, String unit, String indicator, String period, String value) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("itemId", itemId);
    item.put("unitCode", unit);
    item.put("year", 2026);
    item.put("indicatorCode", indicator);
    if (period != null) {
      item.put("period", period);
    }
    item.put("value", new BigDecimal(value));
    return item;
  }

  private static void assertBatchRecorded(String token, List<Map<String, Object>> items) {
    JsonNode answer =
        json(post("/api/assessment/scores/batch", token, items).expectStatus().isOk());
    assertThat(answer.get("summary").get("refused").asInt()).as(answer.toString()).isZero();
    assertThat(
            answer.get("summary").get("recorded").asInt()
                + answer.get("summary").get("unchanged").asInt())
        .isEqualTo(items.size());
  }

  /** Each rule that ruled EXCELLENT out, with its detail. */
  private static List<String> rules(UnitResultPublishedEvent result) {
    return result.ineligibility().stream().map(r -> r.rule() + ": " + r.detail()).toList();
  }

  private static Optional<ResultComponent> survey(UnitResultPublishedEvent result) {
    return result.components().stream()
        .filter(c -> c.code().equals("SURVEY") && c.value() != null)
        .findFirst();
  }

  private static ResultComponent component(UnitResultPublishedEvent result, String code) {
    return result.components().stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no component " + code));
  }

  private static void awaitResult(
      String city, java.util.function.Predicate<UnitResultPublishedEvent> condition) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> current(city).filter(r -> r.composite() != null).filter(condition).isPresent());
  }

  private static UnitResultPublishedEvent result(String city) {
    return current(city).orElseThrow(() -> new AssertionError("no result for " + city));
  }

  private static Optional<UnitResultPublishedEvent> current(String city) {
    WebTestClient.ResponseSpec response =
        gateway()
            .get()
            .uri("/api/results/units/" + city + "/2026")
            .header("Authorization", "Bearer " + token("dashboard", null))
            .exchange();
    byte[] body = response.expectBody().returnResult().getResponseBody();
    try {
      return Optional.of(EventJson.read(body, UnitResultPublishedEvent.class));
    } catch (RuntimeException noResultYet) {
      return Optional.empty();
    }
  }

  private static Optional<UnitResultPublishedEvent> streamedResult(
      List<ServerSentEvent<String>> streamed, String city, BigDecimal composite) {
    return streamed.stream()
        .map(
            e ->
                EventJson.read(
                    e.data().getBytes(StandardCharsets.UTF_8), UnitResultPublishedEvent.class))
        .filter(r -> r.unitCode().value().equals(city))
        .filter(r -> r.composite() != null && r.composite().compareTo(composite) == 0)
        .findFirst();
  }

  private static <T> T read(String uri, Class<T> type) {
    byte[] body =
        gateway()
            .get()
            .uri(uri)
            .header("Authorization", "Bearer " + token("auditor", null))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return EventJson.read(body, type);
  }

  private static WebTestClient.ResponseSpec post(String uri, String token, Object body) {
    WebTestClient.RequestBodySpec request =
        gateway().post().uri(uri).header("Authorization", "Bearer " + token);
    return body == null
        ? request.exchange()
        : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private static JsonNode json(WebTestClient.ResponseSpec response) {
    return EventJson.read(response.expectBody().returnResult().getResponseBody(), JsonNode.class);
  }

  private static Disposable subscribe(String uri, List<ServerSentEvent<String>> into) {
    return StackClients.subscribe(stack, uri, token("dashboard", null), into);
  }

  private static WebTestClient gateway() {
    return StackClients.gateway(stack);
  }

  private static String token(String role, String agency) {
    return StackClients.token(stack, "scenario", role, agency);
  }
}

package org.kaohe.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.events.Topics;
import org.kaohe.events.survey.SurveyResultPublishedEvent;
import org.kaohe.platform.kafka.CloudEventConsumer;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.platform.spreadsheet.CraftedXlsx;
import org.kaohe.tools.embedded.LocalTokens;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A campaign as its users run it: the organization department defines and opens it, a survey team
 * uploads a day's NDJSON with bad lines and a repeated respondent and gets a report per line, the
 * campaign closes and every unit's result reaches Kafka with figures an independent calculation
 * reproduces, an erasure leaves them as published, and a correction republishes only what changed.
 */
class SurveyCampaignIT extends SurveyServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAMPAIGNS = "/api/survey/campaigns";
  private static final String LANZHOU = "620100";
  private static final String JIAYUGUAN = "620200";
  private static final List<TypedCloudEvent> PUBLISHED = new CopyOnWriteArrayList<>();
  private static CloudEventConsumer consumer;

  @Value("${local.server.port}")
  int port;

  @TempDir Path dir;

  @BeforeAll
  static void consume() {
    consumer =
        new CloudEventConsumer(
            new KafkaSettings(SharedInfrastructure.kafka().bootstrapServers(), null, null),
            "survey-campaign-it-" + System.nanoTime(),
            List.of(Topics.SURVEY_EVENTS),
            PUBLISHED::add,
            new SimpleMeterRegistry());
    consumer.start();
  }

  @AfterAll
  static void stop() {
    consumer.close();
  }

  /** The answers of respondent i of Lanzhou: Q1 and Q2 on 1-5, Q3 on 0-10; F for i < 7. */
  private static final int[][] ANSWERS = {
    {5, 4, 9},
    {4, 4, 8},
    {3, 5, 7},
    {5, 5, 10},
    {2, 3, 6},
    {4, 3, 8},
    {5, 4, 7},
    {1, 2, 3},
    {3, 2, 5},
    {2, 1, 4}
  };

  @Test
  void aCampaignRunsFromDefinitionToPublishedResultsThatAnIndependentCalculationReproduces()
      throws IOException {
    String campaign = "SURVEY-IT-" + (System.nanoTime() % 1_000_000);
    post(admin(), CAMPAIGNS, definition(campaign)).expectStatus().isCreated();
    post(admin(), CAMPAIGNS + "/" + campaign + "/opening", null).expectStatus().isOk();

    StringBuilder day = new StringBuilder();
    for (int i = 0; i < ANSWERS.length; i++) {
      day.append(
              response(campaign + "-r" + i, LANZHOU, "person-" + i, i < 7 ? "F" : "M", ANSWERS[i]))
          .append('\n');
    }
    day.append("{\"responseId\": oops}\n"); // line 11
    day.append(response("bad-scale", LANZHOU, "person-x", "F", new int[] {6, 1, 1})).append('\n');
    day.append(response("repeat", LANZHOU, "person-3", "F", new int[] {1, 1, 1})).append('\n');
    day.append(response("elsewhere", "110000", "person-y", "F", new int[] {1, 1, 1})).append('\n');
    day.append(
            "{\"responseId\":\"partial\",\"unitCode\":\""
                + JIAYUGUAN
                + "\",\"respondentKey\":\"p-1\",\"channel\":\"WEB\","
                + "\"collectedAt\":\"2026-06-10T09:00:00Z\",\"demographics\":{\"sex\":\"F\"},"
                + "\"answers\":{\"Q1\":4}}")
        .append('\n');
    JsonNode report = ndjson(team(), campaign, day.toString());

    assertThat(report.get("received").asInt()).isEqualTo(15);
    assertThat(report.get("stored").asInt()).isEqualTo(11);
    assertThat(report.get("refused").asInt()).isEqualTo(3);
    assertThat(report.get("duplicateRespondents").asInt()).isEqualTo(1);
    JsonNode lines = report.get("results");
    assertThat(lines.get(0).get("status").asText()).isEqualTo("STORED");
    assertThat(lines.get(10).get("line").asInt()).isEqualTo(11);
    assertThat(lines.get(10).get("errors").get(0).asText())
        .isEqualTo("line 11 is not valid JSON (column 16)");
    assertThat(lines.get(11).get("errors").get(0).asText())
        .isEqualTo("answers.Q1: must be a whole number from 1 to 5, got 6");
    assertThat(lines.get(12).get("status").asText()).isEqualTo("DUPLICATE_RESPONDENT");
    assertThat(lines.get(12).get("errors").get(0).asText())
        .isEqualTo("respondentKey: this respondent is already counted for unit 620100");
    assertThat(lines.get(13).get("errors").get(0).asText())
        .isEqualTo("unitCode: 110000 is not surveyed by this campaign");
    assertThat(lines.get(14).get("partial").asBoolean()).isTrue();
    assertThat(lines.get(14).get("counts").asBoolean()).isFalse();

    JsonNode retried = ndjson(team(), campaign, day.toString());
    assertThat(retried.get("stored").asInt()).isZero();
    assertThat(retried.get("alreadyStored").asInt()).isEqualTo(11);

    JsonNode progress = get(team(), CAMPAIGNS + "/" + campaign + "/progress");
    JsonNode lanzhou = unit(progress, LANZHOU);
    assertThat(lanzhou.get("counted").asInt()).isEqualTo(10);
    assertThat(lanzhou.get("duplicateRespondentsRefused").asInt()).isEqualTo(1);
    assertThat(lanzhou.get("byChannel").get("PHONE").asInt()).isEqualTo(10);
    assertThat(unit(progress, JIAYUGUAN).get("partials").asInt()).isEqualTo(1);

    client()
        .get()
        .uri(CAMPAIGNS + "/" + campaign + "/units/" + LANZHOU + "/result")
        .header("Authorization", dashboard())
        .exchange()
        .expectStatus()
        .isNotFound();
    assertThat(
            get(auditor(), CAMPAIGNS + "/" + campaign + "/units/" + LANZHOU + "/result")
                .get("published")
                .asBoolean())
        .isFalse();

    post(admin(), CAMPAIGNS + "/" + campaign + "/closing", null).expectStatus().isOk();
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> results(campaign).size() == 119);

    SurveyResultPublishedEvent published = results(campaign).get(LANZHOU);
    assertThat(published.status()).isEqualTo(SurveyResultPublishedEvent.Status.COMPUTED);
    assertThat(published.respondents()).isEqualTo(10);
    Independent expected = independent();
    assertThat(published.weightedScore().doubleValue()).isCloseTo(expected.weighted, within(1e-4));
    assertThat(published.unweightedScore().doubleValue())
        .isCloseTo(expected.unweighted, within(1e-4));
    assertThat(published.effectiveSampleSize().doubleValue())
        .isCloseTo(expected.effective, within(1e-4));
    assertThat(published.marginOfError().doubleValue()).isCloseTo(expected.margin, within(1e-4));
    assertThat(published.quotaMet()).isFalse();
    SurveyResultPublishedEvent jiayuguan = results(campaign).get(JIAYUGUAN);
    assertThat(jiayuguan.status()).isEqualTo(SurveyResultPublishedEvent.Status.NOT_COMPUTABLE);
    assertThat(jiayuguan.weightedScore()).isNull();

    JsonNode all = get(dashboard(), CAMPAIGNS + "/" + campaign + "/results");
    assertThat(all.get("units")).hasSize(119);
    assertThat(all.get("comparison").get("units").get(LANZHOU).get("peerGroup").asText())
        .isEqualTo("CITY");

    JsonNode afterClose = ndjson409(team(), campaign, day.toString());
    assertThat(afterClose.get("detail").asText())
        .startsWith(
            "campaign " + campaign + " is RESULTS_PUBLISHED and takes no responses (it closed at ");

    JsonNode before =
        get(dashboard(), CAMPAIGNS + "/" + campaign + "/units/" + LANZHOU + "/result");
    JsonNode erased =
        postJson(
            admin(),
            CAMPAIGNS + "/" + campaign + "/erasures",
            Map.of(
                "unitCode",
                LANZHOU,
                "respondentKey",
                "person-0",
                "reason",
                "asked to be forgotten"));
    assertThat(erased.get("responseId").asText()).isEqualTo(campaign + "-r0");
    JsonNode after = get(dashboard(), CAMPAIGNS + "/" + campaign + "/units/" + LANZHOU + "/result");
    assertThat(after).isEqualTo(before);
    JsonNode recomputed =
        get(admin(), CAMPAIGNS + "/" + campaign + "/units/" + LANZHOU + "/result");
    assertThat(recomputed.get("weightedScore").decimalValue())
        .isEqualByComparingTo(published.weightedScore());

    int before119 = PUBLISHED.size();
    postJson(
        admin(),
        CAMPAIGNS + "/" + campaign + "/corrections",
        Map.of(
            "excludedResponseIds",
            List.of(campaign + "-r9"),
            "reason",
            "interviewer fabricated it"));
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> results(campaign).get(LANZHOU).respondents() == 9);
    SurveyResultPublishedEvent corrected = results(campaign).get(LANZHOU);
    assertThat(corrected.correctionReason()).isEqualTo("interviewer fabricated it");
    assertThat(PUBLISHED.size() - before119).isEqualTo(1);
  }

  @Test
  void aSurveyTeamsCsvExportIsCheckedRowByRowAndAnUnassignedTeamIsRefused() throws IOException {
    String campaign = "SURVEY-CSV-" + (System.nanoTime() % 1_000_000);
    post(admin(), CAMPAIGNS, definition(campaign)).expectStatus().isCreated();
    post(admin(), CAMPAIGNS + "/" + campaign + "/opening", null).expectStatus().isOk();
    String csv =
        "responseId,unitCode,respondentKey,channel,collectedAt,sex,Q1,Q2,Q3,Q4\n"
            + "c1,620100,k1,IN_PERSON,2026-06-11T10:00:00Z,F,5,4,8,\n"
            + "c2,620100,k2,IN_PERSON,2026-06-11T10:05:00Z,M,five,4,8,2\n"
            + "c1,620100,k9,PHONE,2026-06-11T10:10:00Z,M,3,3,5,3\n";

    JsonNode report =
        JSON.readTree(
            client()
                .post()
                .uri(CAMPAIGNS + "/" + campaign + "/responses")
                .header("Authorization", team())
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());

    assertThat(report.get("stored").asInt()).isEqualTo(1);
    assertThat(report.get("results").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(report.get("results").get(1).get("line").asInt()).isEqualTo(3);
    assertThat(report.get("results").get(1).get("errors").get(0).asText())
        .isEqualTo("answers.Q1: must be a whole number from 1 to 5, got \"five\"");
    assertThat(report.get("refused").asInt()).isEqualTo(2);
    assertThat(report.get("results").get(2).get("status").asText()).isEqualTo("REFUSED");
    assertThat(report.get("results").get(2).get("errors").get(0).asText())
        .isEqualTo("responseId: another respondent's response has this id in campaign " + campaign);

    Path workbook =
        CraftedXlsx.withRows(
            dir,
            row(
                    1,
                    "responseId",
                    "unitCode",
                    "respondentKey",
                    "channel",
                    "collectedAt",
                    "sex",
                    "Q1",
                    "Q2",
                    "Q3")
                + row(2, "x1", "620100", "k3", "WEB", "2026-06-12T08:00:00Z", "M", "4", "4", "9")
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>x2</t></is></c>"
                + "<c r=\"G3\"><f>1+1</f></c></row>");
    MultipartBodyBuilder upload = new MultipartBodyBuilder();
    upload.part("file", new FileSystemResource(workbook)).filename("day-2.xlsx");
    JsonNode uploaded =
        JSON.readTree(
            client()
                .post()
                .uri(CAMPAIGNS + "/" + campaign + "/uploads")
                .header("Authorization", team())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .bodyValue(upload.build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    assertThat(uploaded.get("stored").asInt()).isEqualTo(1);
    assertThat(uploaded.get("results").get(1).get("line").asInt()).isEqualTo(3);
    assertThat(uploaded.get("results").get(1).get("errors").get(0).asText())
        .isEqualTo(
            "Q1: the file does not hold this cell's value (a formula saved without its result)");
    JsonNode refused =
        JSON.readTree(
            client()
                .post()
                .uri(CAMPAIGNS + "/" + campaign + "/responses")
                .header("Authorization", token("survey-team", "PROV-STATS"))
                .contentType(MediaType.APPLICATION_NDJSON)
                .bodyValue(csv)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .returnResult()
                .getResponseBody());
    assertThat(refused.get("detail").asText())
        .isEqualTo("survey team PROV-STATS is not assigned to campaign " + campaign);
  }

  @Test
  void aDefinitionWithSharesThatDoNotAddUpIsRefusedNamingEachProblem() throws IOException {
    Map<String, Object> definition = definition("SURVEY-BAD");
    definition.put("defaultTargets", Map.of("sex", Map.of("F", 0.7, "M", 0.7)));
    JsonNode problem =
        JSON.readTree(
            post(admin(), CAMPAIGNS, definition)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .returnResult()
                .getResponseBody());
    assertThat(problem.get("detail").asText()).isEqualTo("campaign SURVEY-BAD has 1 problem(s)");
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("defaultTargets.sex");
    assertThat(problem.get("errors").get(0).get("message").asText())
        .isEqualTo("population shares must sum to 1, they sum to 1.4");
  }

  private record Independent(double weighted, double unweighted, double effective, double margin) {}

  /** Post-stratification by sex to 50/50, the textbook formulas, none of the service's code. */
  private static Independent independent() {
    int n = ANSWERS.length;
    double[] y = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double q1 = (ANSWERS[i][0] - 1) / 4.0 * 100;
      double q2 = (ANSWERS[i][1] - 1) / 4.0 * 100;
      double q3 = ANSWERS[i][2] * 10.0;
      y[i] = (q1 + q2 + q3) / 3;
      w[i] = i < 7 ? 0.5 / 0.7 : 0.5 / 0.3;
    }
    double sw = 0;
    double swy = 0;
    double sw2 = 0;
    double sy = 0;
    for (int i = 0; i < n; i++) {
      sw += w[i];
      swy += w[i] * y[i];
      sw2 += w[i] * w[i];
      sy += y[i];
    }
    double mean = swy / sw;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      squares += Math.pow(w[i] * (y[i] - mean), 2);
    }
    double variance = n / (n - 1.0) * squares / (sw * sw);
    return new Independent(mean, sy / n, sw * sw / sw2, 1.959963984540054 * Math.sqrt(variance));
  }

  private static Map<String, Object> definition(String campaign) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("campaignId", campaign);
    definition.put("year", 2026);
    definition.put(
        "items",
        List.of(
            item("Q1", "gain", 1, 5, true),
            item("Q2", "happiness", 1, 5, true),
            item("Q3", "security", 0, 10, true),
            item("Q4", "satisfaction", 1, 5, false)));
    definition.put("minimumRequiredShare", 0.5);
    definition.put("demographics", Map.of("sex", List.of("F", "M")));
    definition.put("targets", Map.of(LANZHOU, Map.of("sex", Map.of("F", 0.5, "M", 0.5))));
    definition.put("fieldworkOpens", "2026-06-01T00:00:00Z");
    definition.put("fieldworkCloses", "2026-08-31T00:00:00Z");
    definition.put("teams", Map.of("PROV-SURVEY", List.of(LANZHOU, JIAYUGUAN)));
    return definition;
  }

  private static Map<String, Object> item(
      String code, String dimension, int min, int max, boolean required) {
    return Map.of(
        "code",
        code,
        "text",
        "question " + code,
        "dimension",
        dimension,
        "min",
        min,
        "max",
        max,
        "required",
        required);
  }

  private static String response(
      String id, String unit, String respondent, String sex, int[] answers) {
    return "{\"responseId\":\""
        + id
        + "\",\"unitCode\":\""
        + unit
        + "\",\"respondentKey\":\""
        + respondent
        + "\",\"channel\":\"PHONE\",\"collectedAt\":\"2026-06-10T09:00:00Z\","
        + "\"demographics\":{\"sex\":\""
        + sex
        + "\"},\"answers\":{\"Q1\":"
        + answers[0]
        + ",\"Q2\":"
        + answers[1]
        + ",\"Q3\":"
        + answers[2]
        + "}}";
  }

  /** An XLSX row of inline strings. */
  private static String row(int number, String... cells) {
    StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
    for (int i = 0; i < cells.length; i++) {
      row.append("<c r=\"")
          .append((char) ('A' + i))
          .append(number)
          .append("\" t=\"inlineStr\"><is><t>")
          .append(cells[i])
          .append("</t></is></c>");
    }
    return row.append("</row>").toString();
  }

  private static Map<String, SurveyResultPublishedEvent> results(String campaign) {
    Map<String, SurveyResultPublishedEvent> latest = new LinkedHashMap<>();
    for (TypedCloudEvent event : new ArrayList<>(PUBLISHED)) {
      if (event.data() instanceof SurveyResultPublishedEvent result
          && result.campaignId().value().equals(campaign)) {
        latest.put(result.unitCode().value(), result);
      }
    }
    return latest;
  }

  private static JsonNode unit(JsonNode progress, String unit) {
    for (JsonNode row : progress) {
      if (row.get("unitCode").asText().equals(unit)) {
        return row;
      }
    }
    throw new AssertionError("no progress for " + unit);
  }

  private JsonNode ndjson(String token, String campaign, String body) throws IOException {
    return JSON.readTree(
        client()
            .post()
            .uri(CAMPAIGNS + "/" + campaign + "/responses")
            .header("Authorization", token)
            .contentType(MediaType.APPLICATION_NDJSON)
            .bodyValue(body)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody());
  }

  private JsonNode ndjson409(String token, String campaign, String body) throws IOException {
    return JSON.readTree(
        client()
            .post()
            .uri(CAMPAIGNS + "/" + campaign + "/responses")
            .header("Authorization", token)
            .contentType(MediaType.APPLICATION_NDJSON)
            .bodyValue(body)
            .exchange()
            .expectStatus()
            .isEqualTo(409)
            .expectBody()
            .returnResult()
            .getResponseBody());
  }

  private WebTestClient.ResponseSpec post(String token, String uri, Object body) {
    WebTestClient.RequestBodySpec request = client().post().uri(uri).header("Authorization", token);
    return body == null
        ? request.exchange()
        : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private JsonNode postJson(String token, String uri, Object body) throws IOException {
    return JSON.readTree(
        post(token, uri, body).expectStatus().isOk().expectBody().returnResult().getResponseBody());
  }

  private JsonNode get(String token, String uri) throws IOException {
    return JSON.readTree(
        client()
            .get()
            .uri(uri)
            .header("Authorization", token)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody());
  }

  private WebTestClient client() {
    return WebTestClient.bindToServer()
        .baseUrl("http://127.0.0.1:" + port)
        .responseTimeout(Duration.ofSeconds(60))
        .build();
  }

  private static String admin() {
    return token("admin", null);
  }

  private static String auditor() {
    return token("auditor", null);
  }

  private static String dashboard() {
    return token("dashboard", null);
  }

  private static String team() {
    return token("survey-team", "PROV-SURVEY");
  }

  private static String token(String role, String agency) {
    return "Bearer "
        + LocalTokens.mint(
            LocalTokens.DEFAULT_SECRET,
            "it",
            role,
            agency,
            Duration.ofMinutes(10),
            Clock.systemUTC());
  }
}

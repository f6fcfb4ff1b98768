package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A score's value and text, sent the same through every channel — a single request, a JSON batch,
 * NDJSON, a CSV upload, an XLSX upload — are read by one parser and judged by one rule: the same
 * refusal, word for word, and nothing stored. Numbers out of bounds are refused by the rule alone,
 * never written out; numbers within are kept exactly, never rounded through a double.
 */
class ClientInputChannelsIT extends ServiceIT {
  private static final String NUMBER_RULE =
      "must be a number with at most 18 digits before the decimal point and 18 after it";
  private static final String UNIT = "620100";
  private static final String INDICATOR = "HQD-ECONOMY";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @BeforeAll
  static void loadSpreadsheetClasses() {
    SpreadsheetClasses.load();
  }

  /** Each channel sends one score and answers its violations as {@code field: message}. */
  private final Map<String, BiFunction<String, String, List<String>>> channels =
      Map.of(
          "single", this::single,
          "JSON batch", (value, reason) -> batch(MediaType.APPLICATION_JSON, value, reason),
          "NDJSON", (value, reason) -> batch(MediaType.APPLICATION_NDJSON, value, reason),
          "CSV", this::csv,
          "XLSX", this::xlsx);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1e999999999 | value: " + NUMBER_RULE,
        "-1E+999999999 | value: " + NUMBER_RULE,
        "1e99999999999 | value: " + NUMBER_RULE,
        "1e-400 | value: " + NUMBER_RULE,
        "1234567890123456789012 | value: " + NUMBER_RULE,
        "99.99999999999999999 | value: value 99.99999999999999999 has more decimals than the"
            + " scale of HQD-ECONOMY allows: 0 to 100 with at most 2 decimals",
        "100.001 | value: value 100.001 is outside the scale of HQD-ECONOMY: 0 to 100 with at"
            + " most 2 decimals"
      })
  void aValueIsReadAndRefusedTheSameOnEveryChannelAndNothingIsStored(
      String value, String violation) {
    int stored = storedEvents(UNIT + "-2026").size();

    channels.forEach(
        (channel, send) ->
            assertThat(send.apply(value, null)).as(channel).containsExactly(violation));

    assertThat(storedEvents(UNIT + "-2026")).hasSize(stored);
  }

  @Test
  void aReasonWithABidiOverrideIsRefusedTheSameOnEveryChannel() {
    int stored = storedEvents(UNIT + "-2026").size();

    channels.forEach(
        (channel, send) ->
            assertThat(send.apply("50", "fixed\u202Ebad"))
                .as(channel)
                .containsExactly(
                    "reason: must not contain bidirectional override characters, found U+202E"
                        + " at character 6"));

    assertThat(storedEvents(UNIT + "-2026")).hasSize(stored);
  }

  // NUL is not among them: a CSV file holding one is no text file and is refused whole.
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\\u0020\\u0009\\u0020' | reason: must contain visible characters, not only blanks",
        "late \\u0007 figures | reason: must not contain control characters, found U+0007 at"
            + " character 6",
        "ok\\u001f | reason: must not contain control characters, found U+001F at character 3"
      })
  void aReasonOfBlanksOrWithControlsIsRefusedTheSameOnEveryChannelNeverTakenForNoReason(
      String escaped, String violation) {
    String reason = unescape(escaped);
    int stored = storedEvents(UNIT + "-2026").size();

    channels.forEach(
        (channel, send) ->
            assertThat(send.apply("50", reason)).as(channel).containsExactly(violation));

    assertThat(storedEvents(UNIT + "-2026")).hasSize(stored);
  }

  @Test
  void aLoneSurrogateEscapeIsRefusedNotReplaced() {
    String violation =
        "reason: must be valid Unicode text, found a lone surrogate U+D800 at character 3";
    assertThat(single("50", "ok\\ud800")).containsExactly(violation);
    assertThat(batch(MediaType.APPLICATION_NDJSON, "50", "ok\\ud800")).containsExactly(violation);
  }

  @Test
  void anItemIdOrAFileNameThatIsNotVisibleTextIsRefused() {
    String item =
        "{\"itemId\":\"\\u200b\",\"unitCode\":\"620100\",\"year\":2026,"
            + "\"indicatorCode\":\"HQD-ECONOMY\",\"value\":50}";
    batchOf(MediaType.APPLICATION_NDJSON, item)
        .jsonPath("$.items[0].problem.errors[0].field")
        .isEqualTo("itemId")
        .jsonPath("$.items[0].problem.errors[0].message")
        .isEqualTo("must contain visible characters, not only invisible ones");

    expectProblem(
            upload("scores\u202Evsc.csv", csvBody("50", null)),
            400,
            "the file's name must not contain bidirectional override characters, found U+202E at"
                + " character 7")
        .jsonPath("$.errors[0].field")
        .isEqualTo("file");
    expectProblem(
            upload("scores\u200b.csv", csvBody("50", null)),
            400,
            "the file's name must not contain invisible characters, found U+200B at character 7")
        .jsonPath("$.errors[0].field")
        .isEqualTo("file");
  }

  @Test
  void gradeCountsThatOverflowAnIntTogetherDoNotPassAsFewerThanTheBallots() {
    Map<String, Object> evaluation = new HashMap<>();
    evaluation.put("unitCode", "620400");
    evaluation.put("year", 2026);
    evaluation.put("raterGroup", "CADRES");
    evaluation.put("ballots", 10);
    evaluation.put(
        "gradeCounts", Map.of("EXCELLENT", 2147483647, "GOOD", 2147483647, "AVERAGE", 2));
    evaluation.put("negativeVotes", 0);
    int stored = storedEvents("620400-2026").size();

    expectProblem(
            postJson(
                "/api/assessment/democratic-evaluations",
                TestTokens.bearer("agency", "PROV-ORG"),
                evaluation),
            400,
            "the grades count 4294967296 votes, more than the 10 ballots")
        .jsonPath("$.errors[0].field")
        .isEqualTo("gradeCounts");

    evaluation.put("ballots", 100_001);
    evaluation.put("gradeCounts", Map.of("EXCELLENT", 1));
    postJson(
            "/api/assessment/democratic-evaluations",
            TestTokens.bearer("agency", "PROV-ORG"),
            evaluation)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("ballots")
        .jsonPath("$.errors[0].message")
        .isEqualTo("a rater group casts at most 100000 ballots");

    postJson(
            "/api/assessment/democratic-evaluations",
            TestTokens.bearer("agency", "PROV-ORG"),
            "{\"unitCode\":\"620400\",\"year\":2026,\"raterGroup\":\"CADRES\",\"ballots\":10.5,"
                + "\"gradeCounts\":{\"EXCELLENT\":1},\"negativeVotes\":0}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body has an invalid value at 'ballots'.");
    assertThat(storedEvents("620400-2026")).hasSize(stored);
  }

  @Test
  void aDeductionOrAReplacedValueOutOfBoundsOrAnOverlongSeverityIsRefusedWithoutEchoingIt() {
    postJson(
            "/api/assessment/findings",
            TestTokens.bearer("agency", "PROV-AUDIT"),
            "{\"unitCode\":\"620500\",\"year\":2026,\"findingId\":\"AUDIT-2026-9001\","
                + "\"source\":\"AUDIT\",\"severity\":\"SERIOUS\",\"summary\":\"funds diverted\","
                + "\"deduction\":1e999999999}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("deduction")
        .jsonPath("$.errors[0].message")
        .isEqualTo(NUMBER_RULE);

    postJson(
            "/api/assessment/findings",
            TestTokens.bearer("agency", "PROV-AUDIT"),
            "{\"unitCode\":\"620500\",\"year\":2026,\"findingId\":\"AUDIT-2026-9002\","
                + "\"source\":\"AUDIT\",\"severity\":\""
                + "S".repeat(100_000)
                + "\",\"summary\":\"funds diverted\"}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("severity")
        .jsonPath("$.errors[0].message")
        .isEqualTo("must be at most 100 characters");

    postJson(
            SCORES,
            TestTokens.bearer("agency", "PROV-STATS"),
            "{\"unitCode\":\"620100\",\"year\":2026,\"indicatorCode\":\"HQD-ECONOMY\","
                + "\"value\":50,\"replaces\":1e999999999,\"reason\":\"revised\"}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("replaces")
        .jsonPath("$.errors[0].message")
        .isEqualTo(NUMBER_RULE);
  }

  private List<String> single(String value, String reason) {
    byte[] body =
        postJson(SCORES, TestTokens.bearer("agency", "PROV-STATS"), scoreJson(null, value, reason))
            .expectStatus()
            .isBadRequest()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return violations(read(body).get("errors"), "field");
  }

  private List<String> batch(MediaType type, String value, String reason) {
    String item = scoreJson("n1", value, reason);
    byte[] body =
        batchOf(type, type.equals(MediaType.APPLICATION_NDJSON) ? item : "[" + item + "]")
            .jsonPath("$.items[0].status")
            .isEqualTo(400)
            .returnResult()
            .getResponseBody();
    return violations(read(body).get("items").get(0).get("problem").get("errors"), "field");
  }

  private WebTestClient.BodyContentSpec batchOf(MediaType type, String body) {
    return client()
        .post()
        .uri(SCORES + "/batch")
        .header("Authorization", TestTokens.bearer("agency", "PROV-STATS"))
        .contentType(type)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  private List<String> csv(String value, String reason) {
    return uploaded(upload("scores.csv", csvBody(value, reason)));
  }

  private List<String> xlsx(String value, String reason) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream file = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet();
      String[] header = {"unit_code", "indicator_code", "value", "replaces", "reason"};
      String[] cells = {UNIT, INDICATOR, value, "", reason == null ? "" : reason};
      for (int index = 0; index < 2; index++) {
        Row row = sheet.createRow(index);
        String[] texts = index == 0 ? header : cells;
        for (int column = 0; column < texts.length; column++) {
          row.createCell(column).setCellValue(escapeControls(texts[column], "_x%04X_", "\t\n\r"));
        }
      }
      workbook.write(file);
      return uploaded(upload("scores.xlsx", file.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] csvBody(String value, String reason) {
    return ("unit_code,indicator_code,value,replaces,reason\r\n"
            + String.join(",", UNIT, INDICATOR, value, "", reason == null ? "" : reason)
            + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private List<String> uploaded(WebTestClient.ResponseSpec response) {
    byte[] body =
        response
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.rows[0].status")
            .isEqualTo(400)
            .returnResult()
            .getResponseBody();
    return violations(read(body).get("rows").get(0).get("errors"), "column");
  }

  private WebTestClient.ResponseSpec upload(String filename, byte[] content) {
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    parts.part("file", content).filename(filename);
    return client()
        .post()
        .uri("/api/assessment/uploads?year=2026")
        .header("Authorization", TestTokens.bearer("agency", "PROV-STATS"))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(parts.build()))
        .exchange();
  }

  /** The score as JSON text, its value written as given, its reason with JSON escapes kept. */
  private static String scoreJson(String itemId, String value, String reason) {
    return "{"
        + (itemId == null ? "" : "\"itemId\":\"" + itemId + "\",")
        + "\"unitCode\":\""
        + UNIT
        + "\",\"year\":2026,\"indicatorCode\":\""
        + INDICATOR
        + "\",\"value\":"
        + value
        + (reason == null ? "" : ",\"reason\":\"" + escapeControls(reason, "\\u%04x", "") + "\"")
        + "}";
  }

  /**
   * Control characters, but those {@code kept}, as escapes in {@code format}: a JSON body carries
   * them as {@code \\u0007}; a spreadsheet program writes them into a workbook's XML, which cannot
   * hold them, as {@code _x0007_}, which a reader turns back into the characters.
   */
  private static String escapeControls(String text, String format, String kept) {
    StringBuilder escaped = new StringBuilder();
    text.chars()
        .forEach(
            c -> {
              if (c < 0x20 && kept.indexOf(c) < 0) {
                escaped.append(String.format(format, c));
              } else {
                escaped.append((char) c);
              }
            });
    return escaped.toString();
  }

  /** {@code \\uXXXX} in a test's source text as the character it names. */
  private static String unescape(String escaped) {
    StringBuilder text = new StringBuilder();
    for (int index = 0; index < escaped.length(); index++) {
      if (escaped.startsWith("\\u", index)) {
        text.append((char) Integer.parseInt(escaped.substring(index + 2, index + 6), 16));
        index += 5;
      } else {
        text.append(escaped.charAt(index));
      }
    }
    return text.toString();
  }

  private static List<String> violations(JsonNode errors, String key) {
    List<String> violations = new ArrayList<>();
    errors.forEach(
        error ->
            violations.add(error.get(key).asString() + ": " + error.get("message").asString()));
    return violations;
  }

  private static JsonNode read(byte[] body) {
    return JSON.readTree(body);
  }
}

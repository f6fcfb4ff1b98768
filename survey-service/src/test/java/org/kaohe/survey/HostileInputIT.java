package org.kaohe.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kaohe.platform.web.servicecheck.HostileBodies.concat;
import static org.kaohe.platform.web.servicecheck.HostileBodies.csvCell;
import static org.kaohe.platform.web.servicecheck.HostileBodies.multipart;
import static org.kaohe.platform.web.servicecheck.HostileBodies.utf8KeepingLoneSurrogates;
import static org.kaohe.platform.web.servicecheck.HostileRequest.Expect.ACCEPTED;
import static org.kaohe.platform.web.servicecheck.HostileRequest.Expect.REFUSED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaohe.platform.web.servicecheck.AttackLedger;
import org.kaohe.platform.web.servicecheck.HostileBodies;
import org.kaohe.platform.web.servicecheck.HostileRequest;
import org.kaohe.platform.web.servicecheck.HostileRequest.Answer;
import org.kaohe.platform.web.servicecheck.HostileRequest.Expect;
import org.kaohe.tools.embedded.LocalTokens;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Every endpoint of the survey service, sent what a hostile client sends: malformed, truncated and
 * deeply nested bodies, campaign definitions with absurd numbers, batches of responses with binary
 * garbage, overlong lines, thousands of answers, invalid UTF-8 and impossible collection times,
 * wrong methods and content types, oversized headers and paths, bad path variables and query
 * parameters, missing, forged and expired tokens, and roles that may not. Whatever comes back is a
 * 4xx problem or, for what is within the limits, a success; never a server error, never internals
 * or an echo of the input, and a refusal stores nothing.
 *
 * <p>A batch is answered line by line: a batch whose every response is refused stores no response,
 * though the campaign's audit trail records that the batch came.
 *
 * <p>The requests are generated from a seed, logged at the start and overridable with {@code
 * -Dkaohe.fuzz.seed=…}, so a failing run can be repeated exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT extends SurveyServiceTest {
  static final long SEED = Long.getLong("kaohe.fuzz.seed", 20261204L);

  private static final Logger LOG = LoggerFactory.getLogger(HostileInputIT.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAMPAIGNS = "/api/survey/campaigns";
  private static final String OPEN = "HOSTILE-OPEN";
  private static final String CLOSED = "HOSTILE-CLOSED";
  private static final String LANZHOU = "620100";
  private static final String JIAYUGUAN = "620200";
  private static final String CSV_HEADER =
      "responseId,unitCode,respondentKey,channel,collectedAt,sex,Q1,Q2,Q3\r\n";

  /** What a batch's report says of each response: accepted unless refused. */
  private static final AttackLedger LEDGER =
      new AttackLedger(
          "survey fuzz",
          report -> {
            List<Boolean> accepted = new ArrayList<>();
            report
                .path("results")
                .forEach(line -> accepted.add(!"REFUSED".equals(line.path("status").asString())));
            return accepted;
          });

  /** The audit trail of batches: it records a batch even when every response of it is refused. */
  private static final Set<String> BATCH_RECORDS = Set.of("domainevents", "batches", "counters");

  /** Where the event processors keep their place, which moves without anything being stored. */
  private static final Set<String> PROCESSOR_STATE =
      Set.of("trackingtokens", "domainevents.abandoned");

  private static final AtomicInteger FRESH = new AtomicInteger();

  @Value("${local.server.port}")
  int port;

  @Value("${kaohe.eventstore.database}")
  String database;

  private MongoClient mongo;

  @BeforeAll
  void campaigns() {
    LOG.info("survey fuzz seed {} (repeat with -Dkaohe.fuzz.seed={})", SEED, SEED);
    mongo = MongoClients.create(SharedInfrastructure.mongo().connectionString());
    String base = "http://127.0.0.1:" + port;
    for (String campaign : List.of(OPEN, CLOSED)) {
      expectStatus(
          HostileRequest.post(
                  "draft",
                  ACCEPTED,
                  CAMPAIGNS,
                  admin(),
                  MediaType.APPLICATION_JSON,
                  json(definition(campaign)))
              .send(base),
          201);
      expectStatus(open(campaign).send(base), 200);
    }
    expectStatus(
        Target.ndjson()
            .on(CLOSED)
            .fresh(ACCEPTED, "the response to erase", Map.of("respondentKey", "erasable"))
            .send(base),
        200);
    expectStatus(
        HostileRequest.post(
                "close", ACCEPTED, CAMPAIGNS + "/" + CLOSED + "/closing", admin(), null, null)
            .send(base),
        200);
    // Closing publishes in the background; the suite counts documents only once it is done.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                HostileRequest.get("status", ACCEPTED, CAMPAIGNS + "/" + CLOSED, admin())
                    .send(base)
                    .node()
                    .path("status")
                    .asString()
                    .equals("RESULTS_PUBLISHED"));
  }

  @AfterAll
  void reportCounts() {
    LOG.info(LEDGER.summary());
    mongo.close();
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void malformedBodiesAreRefusedAsProblemsAndStoreNothing(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> malformedBodiesAreRefusedAsProblemsAndStoreNothing() {
    Random random = new Random(SEED);
    List<HostileRequest> requests = new ArrayList<>();
    for (Target target : Target.all()) {
      String valid = target.render(target.body);
      // A file cut short is a valid file of fewer rows or cells: an empty cell is no answer.
      for (int i = 0;
          i < 3 && target.format != Format.CSV && target.format != Format.MULTIPART;
          i++) {
        int cut = 1 + random.nextInt(valid.length() - 1);
        requests.add(target.raw("truncated at " + cut, valid.substring(0, cut)));
      }
      for (int i = 0; i < 2; i++) {
        byte[] garbage = new byte[1 + random.nextInt(64)];
        random.nextBytes(garbage);
        requests.add(target.bytes("random bytes #" + i, target.contentType, garbage));
      }
      if (target.format == Format.CSV || target.format == Format.MULTIPART) {
        continue;
      }
      requests.add(target.raw("a bare number", "42"));
      requests.add(target.raw("JSON null", "null"));
      requests.add(target.raw("a bare string", "\"responses\""));
      if (target.format == Format.OBJECT || target.format == Format.ARRAY) {
        requests.add(target.raw("empty body", ""));
      }
      for (String field : target.fieldsOf(random, 3)) {
        requests.add(target.with(field + " as an array", field, new RawValue("[]")));
        if (!(target.body.get(field) instanceof Map)) {
          requests.add(target.with(field + " as an object", field, new RawValue("{}")));
        }
      }
      for (String field : target.numbers) {
        requests.add(target.with(field + " as a word", field, "eighty"));
        requests.add(target.with(field + " as NaN", field, new RawValue("NaN")));
        requests.add(target.with(field + " as Infinity", field, new RawValue("Infinity")));
      }
    }
    return requests.stream();
  }

  @Order(2)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void deeplyNestedBodiesAreRefusedWithoutExhaustingTheStack(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> deeplyNestedBodiesAreRefusedWithoutExhaustingTheStack() {
    String arrays = "[".repeat(10_000) + "]".repeat(10_000);
    String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    return Target.all().stream()
        .filter(target -> target.format != Format.CSV)
        .flatMap(
            target ->
                Stream.of(
                    target.raw("10,000 nested arrays", arrays),
                    target.raw("10,000 nested objects", objects),
                    target.with(
                        "10,000 nested arrays in a field",
                        target.firstField(),
                        new RawValue(arrays))));
  }

  @Order(3)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void wrongContentTypesAndOversizedRequestsAreRefusedAsProblems(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> wrongContentTypesAndOversizedRequestsAreRefusedAsProblems() {
    List<HostileRequest> requests = new ArrayList<>();
    for (Target target : Target.all()) {
      byte[] valid = target.render(target.body).getBytes(StandardCharsets.UTF_8);
      requests.add(target.bytes("as text/plain", MediaType.TEXT_PLAIN, valid));
      requests.add(target.bytes("as application/xml", MediaType.APPLICATION_XML, valid));
      requests.add(
          target.bytes(
              "as a form",
              MediaType.APPLICATION_FORM_URLENCODED,
              "a=1".getBytes(StandardCharsets.UTF_8)));
      if (target.format != Format.MULTIPART) {
        requests.add(
            target.bytes("as multipart without a boundary", MediaType.MULTIPART_FORM_DATA, valid));
      } else {
        requests.add(target.bytes("a file as JSON", MediaType.APPLICATION_JSON, valid));
      }
      requests.add(target.request("without a content type").withBody(null, valid));
      // Without a body: a server refusing the headers may close before reading one.
      requests.add(
          target
              .request("a 16 KB header")
              .withBody(null, null)
              .withHeader("X-Padding", "p".repeat(16 * 1024)));
      requests.add(
          target
              .request("a 100 KB Authorization header")
              .withBody(null, null)
              .withAuthorization("Bearer " + "a".repeat(100 * 1024)));
      requests.add(
          target
              .request("a 10,000-character request id")
              .withHeader("X-Request-Id", "r".repeat(10_000)));
      requests.add(target.request("a request id with a tab").withHeader("X-Request-Id", "a\tb"));
    }
    for (Target target : Target.singleJson()) {
      String text = target.texts.isEmpty() ? target.firstField() : target.texts.get(0);
      requests.add(target.with("a 300 KB body", text, "x".repeat(300 * 1024)));
    }
    for (Target target : List.of(Target.ndjson(), Target.jsonArray(), Target.csv())) {
      requests.add(
          target.bytes(
              "an 11 MB batch",
              target.contentType,
              (target.format == Format.ARRAY
                      ? "[" + " ".repeat(11 * 1024 * 1024) + "]"
                      : " ".repeat(11 * 1024 * 1024))
                  .getBytes(StandardCharsets.UTF_8)));
    }
    Target ndjson = Target.ndjson();
    requests.add(
        ndjson.bytes(
            "a line of 50 MB",
            MediaType.APPLICATION_NDJSON,
            ("{\"responseId\":\"" + "x".repeat(50 * 1024 * 1024) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8)));
    Target upload = Target.upload();
    requests.add(
        upload.bytes(
            "an 11 MB upload",
            upload.contentType,
            multipart("big.csv", new byte[11 * 1024 * 1024])));
    requests.add(
        HostileRequest.get("a 5,000-character path", REFUSED, "/" + "p".repeat(5000), admin()));
    requests.add(
        HostileRequest.get(
            "a 5,000-character query",
            REFUSED,
            CAMPAIGNS + "/" + OPEN + "/results?current=" + "9".repeat(5000),
            admin()));
    return requests.stream();
  }

  @Order(4)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void badPathVariablesAndQueryParametersAreRefusedAsProblems(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> badPathVariablesAndQueryParametersAreRefusedAsProblems() {
    List<HostileRequest> requests = new ArrayList<>();
    String long5000 = "C".repeat(5000);
    Map<String, String> campaignIds = new LinkedHashMap<>();
    campaignIds.put("a 2,000-character campaign id", "C".repeat(2000));
    campaignIds.put("a campaign id with NUL", "HOSTILE-OPEN%00");
    campaignIds.put("a campaign id with a newline", "HOSTILE%0AOPEN");
    campaignIds.put("a campaign id of a lone surrogate", "%ED%A0%80");
    campaignIds.put("a campaign id of invalid UTF-8", "%C3%28");
    campaignIds.put("a campaign id climbing out", "..%2F..%2Factuator");
    campaignIds.put("a campaign id with a right-to-left override", "%E2%80%AEOPEN");
    campaignIds.put("a campaign id of Han characters", "%E8%B0%83%E6%9F%A5");
    campaignIds.put("a campaign id with a matrix parameter", "HOSTILE-OPEN;jsessionid=1");
    campaignIds.put("a campaign id of a dot", ".");
    campaignIds.forEach(
        (label, id) -> {
          String campaign = CAMPAIGNS + "/" + id;
          requests.add(HostileRequest.get("GET " + label, REFUSED, campaign, admin()));
          requests.add(
              HostileRequest.get("progress of " + label, REFUSED, campaign + "/progress", admin()));
          requests.add(
              HostileRequest.get(
                  "results of " + label, REFUSED, campaign + "/results?current=true", admin()));
          requests.add(
              HostileRequest.get(
                  "unit result of " + label,
                  REFUSED,
                  campaign + "/units/" + LANZHOU + "/result",
                  admin()));
          requests.add(
              HostileRequest.post(
                  "opening of " + label, REFUSED, campaign + "/opening", admin(), null, null));
          requests.add(
              Target.ndjson()
                  .at(campaign + "/responses")
                  .fresh(REFUSED, "responses to " + label, Map.of()));
        });
    requests.add(
        HostileRequest.get(
                "a 5,000-character campaign id", REFUSED, CAMPAIGNS + "/" + long5000, admin())
            .withTell("C".repeat(100)));
    Map<String, String> units = new LinkedHashMap<>();
    units.put("a 2,000-character unit", "6".repeat(2000));
    units.put("a unit with NUL", "620100%00");
    units.put("a unit of a lone surrogate", "%ED%A0%80");
    units.put("a unit climbing out", "..%2F..");
    units.put("a unit with a bell", "%07620100");
    units.forEach(
        (label, unit) ->
            requests.add(
                HostileRequest.get(
                    "result of " + label,
                    REFUSED,
                    CAMPAIGNS + "/" + OPEN + "/units/" + unit + "/result",
                    admin())));
    for (String query :
        List.of(
            "current=maybe",
            "current=",
            "current=1e999",
            "current=%00",
            "current=" + "t".repeat(2000))) {
      requests.add(
          HostileRequest.get(
                  "results ?" + query.substring(0, Math.min(query.length(), 40)),
                  REFUSED,
                  CAMPAIGNS + "/" + OPEN + "/results?" + query,
                  admin())
              .withTell("t".repeat(100)));
    }
    requests.add(
        HostileRequest.get(
            "results of a campaign never published",
            REFUSED,
            CAMPAIGNS + "/" + OPEN + "/results",
            dashboard()));
    requests.add(
        HostileRequest.get(
            "units of a category of 2,000 characters",
            ACCEPTED,
            "/api/survey/units?category=" + "Z".repeat(2000),
            dashboard()));
    requests.add(
        HostileRequest.get(
            "units of a category with NUL",
            ACCEPTED,
            "/api/survey/units?category=%00",
            dashboard()));
    return requests.stream();
  }

  @Order(5)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void numbersAtEveryLimitAreAcceptedAndBeyondItRefused(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> numbersAtEveryLimitAreAcceptedAndBeyondItRefused() {
    List<HostileRequest> requests = new ArrayList<>();
    Target draft = Target.draft();
    Map<String, Object> within = new LinkedHashMap<>();
    within.put("wave", 12);
    within.put("defaultQuota", 1_000_000);
    within.put("minimumRequiredShare", new RawValue("0"));
    within.put(
        "weighting",
        Map.of(
            "tolerance",
            new RawValue("0.0000000001"),
            "maxIterations",
            10_000,
            "trimLower",
            new RawValue("0.01"),
            "trimUpper",
            new RawValue("100")));
    requests.add(draft.fresh(ACCEPTED, "every number at its limit", within));
    for (String year :
        List.of("0", "-1", "1999", "2147483647", "-2147483648", "2147483648", "2026.5", "1e3")) {
      requests.add(draft.with("year " + year, "year", new RawValue(year)));
    }
    for (String wave : List.of("0", "13", "-1", "2147483648")) {
      requests.add(draft.with("wave " + wave, "wave", new RawValue(wave)));
    }
    for (String quota : List.of("0", "-1", "1000001", "2147483647", "1.5")) {
      requests.add(draft.with("defaultQuota " + quota, "defaultQuota", new RawValue(quota)));
      requests.add(
          draft.with("a unit's quota " + quota, "quotas", Map.of(LANZHOU, new RawValue(quota))));
    }
    for (String share : List.of("-0.01", "1.01", "1e-400", "1e400")) {
      requests.add(
          draft.with("minimumRequiredShare " + share, "minimumRequiredShare", new RawValue(share)));
    }
    requests.add(
        draft.with(
            "default shares summing to 0.9",
            "defaultTargets",
            Map.of("sex", Map.of("F", new RawValue("0.4"), "M", new RawValue("0.5")))));
    requests.add(
        draft.with(
            "a negative share",
            "defaultTargets",
            Map.of("sex", Map.of("F", new RawValue("-0.5"), "M", new RawValue("1.5")))));
    requests.add(
        draft.with(
            "a share of 1e-400",
            "defaultTargets",
            Map.of("sex", Map.of("F", new RawValue("1e-400"), "M", new RawValue("1")))));
    requests.add(
        draft.with(
            "shares of an unknown dimension",
            "defaultTargets",
            Map.of("age", Map.of("old", new RawValue("1")))));
    requests.add(
        draft.with(
            "unit shares summing to 2",
            "targets",
            Map.of(
                LANZHOU, Map.of("sex", Map.of("F", new RawValue("1"), "M", new RawValue("1"))))));
    requests.add(
        draft.with(
            "shares of a unit outside the campaign",
            "targets",
            Map.of("110000", Map.of("sex", Map.of("F", 0.5, "M", 0.5)))));
    for (Map.Entry<String, Object> weighting :
        Map.<String, Object>of(
                "tolerance",
                new RawValue("0"),
                "maxIterations",
                10_001,
                "trimLower",
                new RawValue("0"),
                "trimUpper",
                new RawValue("1e999"))
            .entrySet()) {
      requests.add(
          draft.with(
              "weighting " + weighting.getKey() + " beyond its limit",
              "weighting",
              Map.of(weighting.getKey(), weighting.getValue())));
    }
    requests.add(draft.with("an item whose scale is reversed", "items", List.of(item("Q1", 5, 1))));
    requests.add(draft.with("an item from -1", "items", List.of(item("Q1", -1, 5))));
    requests.add(draft.with("an item to 101", "items", List.of(item("Q1", 1, 101))));
    requests.add(
        draft.with("an item defined twice", "items", List.of(item("Q1", 1, 5), item("Q1", 1, 5))));
    requests.add(draft.with("no item", "items", List.of()));
    requests.add(
        draft.with(
            "201 items",
            "items",
            IntStream.range(0, 201).mapToObj(i -> item("Q" + i, 1, 5)).toList()));
    requests.add(
        draft.with(
            "501 units",
            "units",
            IntStream.range(0, 501).mapToObj(i -> "62" + (1000 + i)).toList()));
    requests.add(draft.with("a unit listed twice", "units", List.of(LANZHOU, LANZHOU)));
    requests.add(draft.with("a unit of no reference data", "units", List.of("999999")));
    requests.add(
        draft.with("a category listed twice", "demographics", Map.of("sex", List.of("F", "F"))));
    requests.add(
        draft.with(
            "fieldwork that closes before it opens", "fieldworkCloses", "2026-05-01T00:00:00Z"));
    requests.add(
        draft.with(
            "fieldwork from the year -999999999", "fieldworkOpens", "-999999999-01-01T00:00:00Z"));
    for (String instant :
        List.of("yesterday", "2026-13-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "", "1e999")) {
      requests.add(draft.with("fieldworkOpens " + instant, "fieldworkOpens", instant));
    }
    requests.add(
        draft.with(
            "a team assigned a unit outside the campaign",
            "teams",
            Map.of("PROV-SURVEY", List.of("110000"))));
    Target corrections = Target.corrections();
    requests.add(
        corrections.with(
            "10,001 excluded responses",
            "excludedResponseIds",
            IntStream.range(0, 10_001).mapToObj(i -> "r" + i).toList()));
    requests.add(
        corrections.with(
            "an excluded response the campaign does not hold",
            "excludedResponseIds",
            List.of("never-sent")));
    for (String share : List.of("-1", "2", "1e999", "1e-400", "0.3333333333333333333333333")) {
      requests.add(
          corrections.with(
              "a corrected share of " + share,
              "targets",
              Map.of(
                  LANZHOU,
                  Map.of("sex", Map.of("F", new RawValue(share), "M", new RawValue("0.5"))))));
    }
    requests.add(corrections.with("neither exclusions nor shares", "targets", Map.of()));
    Target ndjson = Target.ndjson();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i <= 10_000; i++) {
      lines.append("{\"responseId\":\"over-").append(i).append("\"}\n");
    }
    requests.add(
        ndjson.bytes(
            "10,001 responses",
            MediaType.APPLICATION_NDJSON,
            lines.toString().getBytes(StandardCharsets.UTF_8)));
    StringBuilder rows = new StringBuilder(CSV_HEADER);
    for (int i = 0; i <= 10_000; i++) {
      rows.append("over-").append(i).append(",620100,k,WEB,2026-06-10T00:00:00Z,F,1,1,1\r\n");
    }
    requests.add(
        Target.csv()
            .bytes(
                "10,001 rows",
                Target.csv().contentType,
                rows.toString().getBytes(StandardCharsets.UTF_8)));
    return requests.stream();
  }

  @Order(6)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void responsesEachLineIsJudgedOnItsOwnAndABadOneStoresNothing(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> responsesEachLineIsJudgedOnItsOwnAndABadOneStoresNothing() {
    List<HostileRequest> requests = new ArrayList<>();
    for (Target target : Target.batches()) {
      List<String> values =
          new ArrayList<>(
              List.of(
                  "0",
                  "6",
                  "-1",
                  "3.5",
                  "1e999",
                  "1e-999",
                  "2147483648",
                  "true",
                  "9".repeat(1000)));
      if (target.format != Format.CSV && target.format != Format.MULTIPART) {
        // A spreadsheet writes the number 3 as 3.0 or as the text 3: in a file both are 3.
        values.addAll(List.of("3.0", "\"3\""));
      }
      for (String value : values) {
        String label = value.length() > 20 ? "a 1,000-digit number" : value;
        requests.add(
            target.fresh(REFUSED, "an answer of " + label, Map.of("answers", answers(value))));
      }
      for (String collected :
          List.of(
              "2026-06-15T00:10:00Z",
              "2026-05-31T23:59:59Z",
              "2026-09-01T00:00:00Z",
              "+999999999-12-31T23:59:59Z",
              "-999999999-01-01T00:00:00Z",
              "2026-06-10",
              "1749546000",
              "now")) {
        requests.add(
            target.fresh(REFUSED, "collected at " + collected, Map.of("collectedAt", collected)));
      }
      requests.add(target.fresh(REFUSED, "channel FAX", Map.of("channel", "FAX")));
      requests.add(target.fresh(REFUSED, "channel in lower case", Map.of("channel", "web")));
      requests.add(
          target.fresh(REFUSED, "a unit of another campaign", Map.of("unitCode", "110000")));
      requests.add(target.fresh(REFUSED, "an unknown sex", Map.of("sex", "X")));
      requests.add(
          target.fresh(
              REFUSED, "a response id of 65 characters", Map.of("responseId", "r".repeat(65))));
      requests.add(
          target.fresh(
              REFUSED,
              "a respondent key of 257 characters",
              Map.of("respondentKey", "字".repeat(257))));
      requests.add(target.fresh(REFUSED, "no answer at all", Map.of("answers", Map.of())));
      requests.add(target.fresh(REFUSED, "an empty respondent key", Map.of("respondentKey", "")));
      requests.add(
          target.fresh(
              ACCEPTED,
              "collected at the fieldwork's opening",
              Map.of("collectedAt", "2026-06-01T00:00:00Z")));
      requests.add(
          target.fresh(
              ACCEPTED,
              "collected at an instant with an offset",
              Map.of("collectedAt", "2026-06-10T09:00:00+08:00")));
      requests.add(
          target.fresh(
              ACCEPTED,
              "collected within the clock skew",
              Map.of("collectedAt", "2026-06-15T00:04:00Z")));
      requests.add(
          target.fresh(
              ACCEPTED,
              "a respondent key of 256 characters",
              Map.of("respondentKey", "字".repeat(256))));
    }
    Target ndjson = Target.ndjson();
    Map<String, Object> many = new LinkedHashMap<>();
    IntStream.range(0, 10_000).forEach(i -> many.put("X" + i, 1));
    requests.add(ndjson.fresh(REFUSED, "10,000 answers to unknown items", Map.of("answers", many)));
    Map<String, Object> extra = new LinkedHashMap<>();
    IntStream.range(0, 10_000).forEach(i -> extra.put("field" + i, "x"));
    requests.add(ndjson.fresh(REFUSED, "10,000 unknown fields", extra));
    requests.add(
        ndjson.fresh(
            REFUSED,
            "an answer as a 10,000-element array",
            Map.of("answers", Map.of("Q1", IntStream.range(0, 10_000).boxed().toList()))));
    requests.add(
        ndjson
            .fresh(REFUSED, "a 100 KB unknown field name", Map.of("n".repeat(100_000), 1))
            .withTell("n".repeat(100)));
    requests.add(
        ndjson
            .fresh(REFUSED, "a 100 KB unit code", Map.of("unitCode", "6".repeat(100_000)))
            .withTell("6".repeat(100)));
    requests.add(
        ndjson
            .fresh(REFUSED, "a 100 KB collection time", Map.of("collectedAt", "2".repeat(100_000)))
            .withTell("2".repeat(100)));
    requests.add(
        ndjson
            .fresh(REFUSED, "a 100 KB channel", Map.of("channel", "W".repeat(100_000)))
            .withTell("W".repeat(100)));
    requests.add(
        ndjson
            .fresh(REFUSED, "a 100 KB category", Map.of("sex", "F".repeat(100_000)))
            .withTell("F".repeat(100)));
    requests.add(
        ndjson
            .fresh(
                REFUSED,
                "a 100 KB answer text",
                Map.of("answers", Map.of("Q1", "9".repeat(100_000))))
            .withTell("9".repeat(100)));
    requests.add(
        ndjson.rawLine(
            REFUSED,
            "a duplicated key with a bad value last",
            line -> line.replace("\"Q1\":3", "\"Q1\":3,\"Q1\":9")));
    requests.add(
        ndjson.rawLine(
            REFUSED,
            "a duplicated unit code",
            line ->
                line.replace(
                    "\"unitCode\":\"620100\"", "\"unitCode\":\"620100\",\"unitCode\":\"110000\"")));
    requests.add(
        ndjson.rawLine(ACCEPTED, "a line ending in CRLF", line -> line.replace("\n", "\r\n")));
    requests.add(ndjson.rawLine(ACCEPTED, "a byte-order mark first", line -> "\uFEFF" + line));
    requests.add(
        ndjson.rawLine(ACCEPTED, "empty lines around", line -> "\n\n \t\n" + line + "\n\n"));
    requests.add(ndjson.rawLine(REFUSED, "two responses on one line", line -> line.strip() + line));
    requests.add(ndjson.rawLine(REFUSED, "a line of NUL bytes", line -> "\u0000\u0000\u0000\n"));
    requests.add(
        ndjson.rawLine(REFUSED, "a line that is a JSON array", line -> "[" + line.strip() + "]\n"));
    requests.add(
        ndjson.bytes(
            "invalid UTF-8 in a line",
            MediaType.APPLICATION_NDJSON,
            concat(
                "{\"responseId\":\"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                "\"}\n".getBytes(StandardCharsets.UTF_8))));
    requests.add(
        Target.csv()
            .bytes(
                "a file of invalid UTF-8 and GB18030",
                Target.csv().contentType,
                concat(
                    CSV_HEADER.getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x80, 0x2C, 0x0D, 0x0A})));
    requests.add(
        Target.csv()
            .bytes(
                "a header without its columns",
                Target.csv().contentType,
                "a,b,c\r\n1,2,3\r\n".getBytes(StandardCharsets.UTF_8)));
    requests.add(
        Target.csv()
            .bytes(
                "an unclosed quote",
                Target.csv().contentType,
                (CSV_HEADER + "\"r1,620100").getBytes(StandardCharsets.UTF_8)));
    Target upload = Target.upload();
    byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x00, 0x00};
    requests.add(upload.bytes("a broken workbook", upload.contentType, multipart("r.xlsx", zip)));
    requests.add(
        upload.bytes(
            "a file as an executable",
            upload.contentType,
            multipart("r.csv", new byte[] {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03})));
    Map<String, String> names = new LinkedHashMap<>();
    names.put("a right-to-left override", "\u202egpj.csv");
    names.put("NUL", "a\u0000.csv");
    names.put("10,000 characters", "n".repeat(10_000) + ".csv");
    byte[] row =
        (CSV_HEADER + "name-row,620100,name-key,WEB,2026-06-10T09:00:00Z,F,1,2,3\r\n")
            .getBytes(StandardCharsets.UTF_8);
    names.forEach(
        (label, name) ->
            requests.add(
                upload
                    .bytes("a file name with " + label, upload.contentType, multipart(name, row))
                    .withTell("n".repeat(100))));
    String wrongPart =
        new String(multipart("r.csv", row), StandardCharsets.UTF_8)
            .replace("name=\"file\"", "name=\"other\"");
    requests.add(
        upload.bytes(
            "a part not named file",
            upload.contentType,
            wrongPart.getBytes(StandardCharsets.UTF_8)));
    return requests.stream();
  }

  @Order(7)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void freeTextHoldsVisibleCharactersOnly(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> freeTextHoldsVisibleCharactersOnly() {
    Map<String, Object> hostile = new LinkedHashMap<>();
    hostile.put("a zero-width space", "\u200b");
    hostile.put("NUL", new RawValue("\"\\u0000\""));
    hostile.put("a bell inside text", new RawValue("\"late \\u0007 figures\""));
    hostile.put("a right-to-left override", "revised \u202e erugif");
    hostile.put("a lone high surrogate", new RawValue("\"revised \\ud800 figure\""));
    hostile.put("a lone low surrogate", new RawValue("\"\\udc00\""));
    hostile.put("only spaces and tabs", new RawValue("\" \\t \""));
    List<HostileRequest> requests = new ArrayList<>();
    for (Target target : Target.all()) {
      for (String field : target.texts) {
        hostile.forEach(
            (label, value) ->
                requests.add(
                    target.format == Format.OBJECT
                        ? target.with(field + " with " + label, field, value)
                        : target.fresh(REFUSED, field + " with " + label, Map.of(field, value))));
      }
    }
    return requests.stream();
  }

  @Order(8)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void strangersAndRolesThatMayNotAreRefusedAsProblems(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> strangersAndRolesThatMayNotAreRefusedAsProblems() {
    Clock lastYear = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    Map<String, String> strangers = new LinkedHashMap<>();
    strangers.put("no token", null);
    strangers.put("an empty bearer", "Bearer ");
    strangers.put("a token that is not a JWT", "Bearer not.a.token");
    strangers.put("basic credentials", "Basic YWRtaW46YWRtaW4=");
    strangers.put(
        "a token signed with another secret",
        "Bearer "
            + LocalTokens.mint(
                "another-secret-of-at-least-thirty-two-bytes",
                "mallory",
                "admin",
                null,
                Duration.ofMinutes(5),
                Clock.systemUTC()));
    strangers.put(
        "an expired token",
        "Bearer "
            + LocalTokens.mint(
                LocalTokens.DEFAULT_SECRET, "it", "admin", null, Duration.ofMinutes(5), lastYear));
    strangers.put(
        "an unsigned token",
        "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    ("{\"iss\":\"kaohe-local\",\"aud\":\"kaohe\",\"sub\":\"mallory\","
                            + "\"roles\":[\"admin\"],\"exp\":4102444800}")
                        .getBytes(StandardCharsets.UTF_8))
            + ".");
    List<HostileRequest> requests = new ArrayList<>();
    for (Target target : Target.all()) {
      strangers.forEach(
          (label, authorization) ->
              requests.add(target.request(label).withAuthorization(authorization)));
    }
    strangers.forEach(
        (label, authorization) ->
            requests.add(
                HostileRequest.get("list with " + label, REFUSED, CAMPAIGNS, authorization)));
    Map<String, String> mayNotRun = new LinkedHashMap<>();
    mayNotRun.put("an auditor", auditor());
    mayNotRun.put("a dashboard", dashboard());
    mayNotRun.put("a survey team", team());
    mayNotRun.put("an agency that runs no campaigns", token("agency", "PROV-STATS"));
    for (Target target :
        List.of(Target.draft(), Target.corrections(), Target.keyDestruction(), Target.erasures())) {
      mayNotRun.forEach(
          (label, authorization) ->
              requests.add(target.request(label + " writing").withAuthorization(authorization)));
    }
    for (String step : List.of("opening", "closing")) {
      mayNotRun.forEach(
          (label, authorization) ->
              requests.add(
                  HostileRequest.post(
                      step + ": " + label,
                      REFUSED,
                      CAMPAIGNS + "/" + OPEN + "/" + step,
                      authorization,
                      null,
                      null)));
    }
    Map<String, String> mayNotSend = new LinkedHashMap<>();
    mayNotSend.put("an administrator", admin());
    mayNotSend.put("an auditor", auditor());
    mayNotSend.put("a team not assigned the campaign", token("survey-team", "CITY-SURVEY"));
    mayNotSend.put("the organization department", token("agency", "PROV-ORG"));
    for (Target target : Target.batches()) {
      mayNotSend.forEach(
          (label, authorization) ->
              requests.add(
                  target
                      .fresh(REFUSED, label + " sending", Map.of())
                      .withAuthorization(authorization)));
    }
    requests.add(
        HostileRequest.get(
            "progress for a team not assigned the campaign",
            REFUSED,
            CAMPAIGNS + "/" + OPEN + "/progress",
            token("survey-team", "CITY-SURVEY")));
    requests.add(
        HostileRequest.get(
            "progress for an agency",
            REFUSED,
            CAMPAIGNS + "/" + OPEN + "/progress",
            token("agency", "PROV-STATS")));
    requests.add(
        HostileRequest.get(
            "unpublished results for a dashboard",
            REFUSED,
            CAMPAIGNS + "/" + OPEN + "/results?current=true",
            dashboard()));
    requests.add(
        HostileRequest.get(
            "an unpublished unit result for a team",
            REFUSED,
            CAMPAIGNS + "/" + OPEN + "/units/" + LANZHOU + "/result",
            team()));
    return requests.stream();
  }

  @Order(9)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void wrongMethodsAreRefusedAsProblems(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> wrongMethodsAreRefusedAsProblems() {
    List<HostileRequest> requests = new ArrayList<>();
    for (Target target : Target.all()) {
      for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
        requests.add(target.request(method.name()).withMethod(method));
      }
      if (!target.path.equals(CAMPAIGNS)) {
        requests.add(target.request("GET").withMethod(HttpMethod.GET).withBody(null, null));
      }
    }
    for (String path :
        List.of(
            CAMPAIGNS + "/" + OPEN,
            CAMPAIGNS + "/" + OPEN + "/progress",
            CAMPAIGNS + "/" + OPEN + "/results",
            "/api/survey/units")) {
      requests.add(
          HostileRequest.post(
              "POST " + path,
              REFUSED,
              path,
              admin(),
              MediaType.APPLICATION_JSON,
              "{}".getBytes(StandardCharsets.UTF_8)));
      requests.add(
          HostileRequest.get("DELETE " + path, REFUSED, path, admin())
              .withMethod(HttpMethod.DELETE));
    }
    return requests.stream();
  }

  private void attack(HostileRequest request) {
    Map<String, Long> before = stored();
    Answer answer = request.send("http://127.0.0.1:" + port);
    Map<String, Long> after = stored();
    // A batch whose every response is refused is recorded, with nothing else.
    Set<String> recorded = LEDGER.everyItemRefused(answer) ? BATCH_RECORDS : Set.of();
    List<String> wrong =
        LEDGER.judge(request, answer, total(before, recorded), total(after, recorded));
    assertThat(wrong)
        .as(request.label() + " (stored before " + before + ", after " + after + ")")
        .isEmpty();
  }

  /** Every collection of the service's database with its count of documents. */
  private Map<String, Long> stored() {
    MongoDatabase db = mongo.getDatabase(database);
    Map<String, Long> counts = new TreeMap<>();
    for (String collection : db.listCollectionNames()) {
      if (!PROCESSOR_STATE.contains(collection)) {
        counts.put(collection, db.getCollection(collection).countDocuments());
      }
    }
    return counts;
  }

  private static long total(Map<String, Long> counts, Set<String> leftOut) {
    return counts.entrySet().stream()
        .filter(entry -> !leftOut.contains(entry.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  private static void expectStatus(Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
  }

  private static HostileRequest open(String campaign) {
    return HostileRequest.post(
        "open", ACCEPTED, CAMPAIGNS + "/" + campaign + "/opening", admin(), null, null);
  }

  private static Map<String, Object> definition(String campaign) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("campaignId", campaign);
    definition.put("year", 2026);
    definition.put("units", List.of(LANZHOU, JIAYUGUAN));
    definition.put("items", List.of(item("Q1", 1, 5), item("Q2", 1, 5), item("Q3", 0, 10)));
    definition.put("minimumRequiredShare", new RawValue("0.5"));
    definition.put("demographics", Map.of("sex", List.of("F", "M")));
    definition.put(
        "defaultTargets",
        Map.of("sex", Map.of("F", new RawValue("0.5"), "M", new RawValue("0.5"))));
    definition.put("defaultQuota", 100);
    definition.put("fieldworkOpens", "2026-06-01T00:00:00Z");
    definition.put("fieldworkCloses", "2026-08-31T00:00:00Z");
    definition.put("teams", Map.of("PROV-SURVEY", List.of(LANZHOU, JIAYUGUAN)));
    return definition;
  }

  private static Map<String, Object> item(String code, int min, int max) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("code", code);
    item.put("text", "question " + code);
    item.put("dimension", "gain");
    item.put("min", min);
    item.put("max", max);
    return item;
  }

  private static Map<String, Object> answers(String q1) {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("Q1", new RawValue(q1));
    answers.put("Q2", 2);
    answers.put("Q3", 3);
    return answers;
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String admin() {
    return token("admin", null);
  }

  static String auditor() {
    return token("auditor", null);
  }

  static String dashboard() {
    return token("dashboard", null);
  }

  static String team() {
    return token("survey-team", "PROV-SURVEY");
  }

  static String token(String role, String agency) {
    return "Bearer "
        + LocalTokens.mint(
            LocalTokens.DEFAULT_SECRET,
            "fuzz",
            role,
            agency,
            Duration.ofMinutes(30),
            Clock.systemUTC());
  }

  enum Format {
    OBJECT,
    ARRAY,
    LINES,
    CSV,
    MULTIPART
  }

  /**
   * An endpoint taking a body, with a valid body to start from and the kinds of its fields:
   * numbers, free text, and the rest (codes). A batch's body is one response.
   */
  private record Target(
      String name,
      String path,
      String authorization,
      MediaType contentType,
      Map<String, Object> body,
      List<String> numbers,
      List<String> texts,
      Format format) {

    static List<Target> all() {
      return List.of(
          draft(),
          corrections(),
          erasures(),
          keyDestruction(),
          ndjson(),
          jsonArray(),
          csv(),
          upload());
    }

    static List<Target> singleJson() {
      return all().stream().filter(t -> t.format == Format.OBJECT).toList();
    }

    static List<Target> batches() {
      return List.of(ndjson(), jsonArray(), csv(), upload());
    }

    static Target draft() {
      Map<String, Object> body = new LinkedHashMap<>(definition("HOSTILE-DRAFT"));
      return new Target(
          "draft",
          CAMPAIGNS,
          admin(),
          MediaType.APPLICATION_JSON,
          body,
          List.of("year", "wave", "defaultQuota", "minimumRequiredShare"),
          List.of(),
          Format.OBJECT);
    }

    static Target corrections() {
      return new Target(
          "corrections",
          CAMPAIGNS + "/" + CLOSED + "/corrections",
          admin(),
          MediaType.APPLICATION_JSON,
          map(
              "targets",
              Map.of(
                  LANZHOU,
                  Map.of("sex", Map.of("F", new RawValue("0.4"), "M", new RawValue("0.6")))),
              "reason",
              "recounted population"),
          List.of(),
          List.of("reason"),
          Format.OBJECT);
    }

    static Target erasures() {
      return new Target(
          "erasures",
          CAMPAIGNS + "/" + CLOSED + "/erasures",
          admin(),
          MediaType.APPLICATION_JSON,
          map(
              "unitCode",
              LANZHOU,
              "respondentKey",
              "someone-else",
              "reason",
              "asked to be forgotten"),
          List.of(),
          List.of("respondentKey", "reason"),
          Format.OBJECT);
    }

    static Target keyDestruction() {
      return new Target(
          "key-destruction",
          CAMPAIGNS + "/" + OPEN + "/key-destruction",
          admin(),
          MediaType.APPLICATION_JSON,
          map("reason", "everything published"),
          List.of(),
          List.of("reason"),
          Format.OBJECT);
    }

    static Target ndjson() {
      return batch("responses NDJSON", MediaType.APPLICATION_NDJSON, Format.LINES);
    }

    static Target jsonArray() {
      return batch("responses JSON", MediaType.APPLICATION_JSON, Format.ARRAY);
    }

    static Target csv() {
      return batch("responses CSV", MediaType.parseMediaType("text/csv"), Format.CSV);
    }

    static Target upload() {
      return new Target(
          "uploads",
          CAMPAIGNS + "/" + OPEN + "/uploads",
          team(),
          HostileBodies.MULTIPART,
          response(),
          List.of(),
          List.of("respondentKey"),
          Format.MULTIPART);
    }

    private static Target batch(String name, MediaType type, Format format) {
      return new Target(
          name,
          CAMPAIGNS + "/" + OPEN + "/responses",
          team(),
          type,
          response(),
          List.of(),
          List.of("respondentKey"),
          format);
    }

    private static Map<String, Object> response() {
      Map<String, Object> response = new LinkedHashMap<>();
      response.put("responseId", "hostile-0");
      response.put("unitCode", LANZHOU);
      response.put("respondentKey", "hostile-key-0");
      response.put("channel", "WEB");
      response.put("collectedAt", "2026-06-10T09:00:00Z");
      response.put("sex", "F");
      response.put("answers", answers("3"));
      return response;
    }

    Target on(String campaign) {
      return at(CAMPAIGNS + "/" + campaign + path.substring(path.lastIndexOf('/')));
    }

    Target at(String other) {
      return new Target(name, other, authorization, contentType, body, numbers, texts, format);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < keysAndValues.length; i += 2) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
      return map;
    }

    String firstField() {
      return body.keySet().iterator().next();
    }

    List<String> fieldsOf(Random random, int count) {
      List<String> fields = new ArrayList<>(body.keySet());
      return IntStream.range(0, count)
          .mapToObj(i -> fields.get(random.nextInt(fields.size())))
          .distinct()
          .toList();
    }

    HostileRequest request(String label) {
      return with(label, null, null);
    }

    /** The body with one field changed; to be refused. */
    HostileRequest with(String label, String field, Object value) {
      Map<String, Object> change = new LinkedHashMap<>();
      if (field != null) {
        change.put(field, value);
      }
      int fresh = FRESH.incrementAndGet();
      return changed(
          REFUSED,
          label,
          map -> {
            if (map.containsKey("campaignId")) {
              map.put("campaignId", "HOSTILE-DRAFT-" + fresh);
            }
            map.putAll(change);
            return map;
          });
    }

    /**
     * The body with these fields changed, under an id and (for a response) a respondent no other
     * request uses, so that an accepted one is a first.
     */
    HostileRequest fresh(Expect expect, String label, Map<String, Object> changes) {
      int fresh = FRESH.incrementAndGet();
      return changed(
          expect,
          label,
          map -> {
            if (map.containsKey("responseId")) {
              map.put("responseId", "hostile-" + fresh);
              map.put("respondentKey", "hostile-key-" + fresh);
            }
            if (map.containsKey("campaignId")) {
              map.put("campaignId", "HOSTILE-DRAFT-" + fresh);
            }
            map.putAll(changes);
            return map;
          });
    }

    /** A response whose NDJSON line is edited as text, such as a key written twice. */
    HostileRequest rawLine(Expect expect, String label, UnaryOperator<String> edit) {
      int fresh = FRESH.incrementAndGet();
      Map<String, Object> copy = new LinkedHashMap<>(body);
      copy.put("responseId", "hostile-" + fresh);
      copy.put("respondentKey", "hostile-key-" + fresh);
      return new HostileRequest(
          name + ": " + label,
          expect,
          HttpMethod.POST,
          path,
          authorization,
          contentType,
          edit.apply(render(copy)).getBytes(StandardCharsets.UTF_8),
          Map.of(),
          List.of());
    }

    private HostileRequest changed(
        Expect expect, String label, UnaryOperator<Map<String, Object>> change) {
      Map<String, Object> copy = change.apply(new LinkedHashMap<>(body));
      String text = render(copy);
      byte[] content =
          switch (format) {
            case MULTIPART -> multipart("responses.csv", utf8KeepingLoneSurrogates(text));
            case CSV -> utf8KeepingLoneSurrogates(text);
            default -> text.getBytes(StandardCharsets.UTF_8);
          };
      return new HostileRequest(
          name + ": " + label,
          expect,
          HttpMethod.POST,
          path,
          authorization,
          contentType,
          content,
          Map.of(),
          List.of());
    }

    HostileRequest raw(String label, String text) {
      return bytes(label, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    HostileRequest bytes(String label, MediaType type, byte[] content) {
      byte[] sent =
          format == Format.MULTIPART
                  && type.equals(contentType)
                  && !label.startsWith("an 11 MB")
                  && !label.startsWith("a file name")
                  && !label.startsWith("a broken")
                  && !label.startsWith("a file as")
              ? multipart("responses.csv", content)
              : content;
      return HostileRequest.post(name + ": " + label, REFUSED, path, authorization, type, sent);
    }

    /** The body as this endpoint takes it; a response's demographics and answers where they go. */
    String render(Map<String, Object> map) {
      if (format == Format.OBJECT) {
        return new String(json(map), StandardCharsets.UTF_8);
      }
      if (format == Format.CSV || format == Format.MULTIPART) {
        return csv(map);
      }
      Map<String, Object> response = new LinkedHashMap<>(map);
      Object sex = response.remove("sex");
      response.put("demographics", sex == null ? Map.of() : Map.of("sex", sex));
      String object = new String(json(response), StandardCharsets.UTF_8);
      return format == Format.ARRAY ? "[" + object + "]" : object + "\n";
    }

    /** The response as a row of a team's export under {@link #CSV_HEADER}. */
    private static String csv(Map<String, Object> row) {
      StringBuilder line = new StringBuilder(CSV_HEADER);
      List<Object> cells = new ArrayList<>();
      for (String column :
          List.of("responseId", "unitCode", "respondentKey", "channel", "collectedAt", "sex")) {
        cells.add(row.get(column));
      }
      Object answers = row.get("answers");
      for (String item : List.of("Q1", "Q2", "Q3")) {
        cells.add(answers instanceof Map<?, ?> map ? map.get(item) : answers);
      }
      for (int i = 0; i < cells.size(); i++) {
        line.append(i == 0 ? "" : ",").append(csvCell(text(cells.get(i))));
      }
      return line.append("\r\n").toString();
    }

    private static String text(Object value) {
      if (value == null) {
        return "";
      }
      if (!(value instanceof RawValue raw)) {
        return String.valueOf(value);
      }
      String json = String.valueOf(raw.rawValue());
      if (!json.startsWith("\"")) {
        return json;
      }
      try {
        return JSON.readValue(json, String.class);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaohe.platform.web.servicecheck.AttackLedger;
import org.kaohe.platform.web.servicecheck.HostileBodies;
import org.kaohe.platform.web.servicecheck.HostileRequest;
import org.kaohe.platform.web.servicecheck.HostileRequest.Answer;
import org.kaohe.platform.web.servicecheck.HostileRequest.Expect;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Every endpoint of the service, sent what a hostile client sends: malformed and deeply nested
 * bodies, wrong content types, oversized headers, paths and bodies, numbers at and beyond every
 * limit, huge exponents, counts that would overflow, invisible and control characters. Whatever
 * comes back is a 4xx problem or, for what is within the limits, a success; never a server error,
 * never internals or an echo of the input, and a refusal stores nothing.
 *
 * <p>The requests are generated from a seed, logged at the start and overridable with {@code
 * -Dkaohe.fuzz.seed=…}, so a failing run can be repeated exactly. At the end the run's counts are
 * logged in one line, {@code fuzz: N requests, 0 5xx, 0 leaks, 0 bypasses}.
 *
 * <p>The methods named "numbers…", "freeText…" and "problems…" hold the cases of one number parser
 * for every channel with bounded numbers, of free text that holds visible characters only, and of a
 * detail in every problem.
 */
// Publishes on a topic of its own: other tests await their units' events on the shared one.
@TestPropertySource(properties = "kaohe.relay.topic=assessment.events.fuzz")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputFuzzIT extends ServiceIT {
  static final long SEED = Long.getLong("kaohe.fuzz.seed", 20261203L);

  private static final Logger LOG = LoggerFactory.getLogger(HostileInputFuzzIT.class);
  private static final AttackLedger LEDGER =
      new AttackLedger("fuzz", AuthorizationTable::itemsAccepted);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The growth of the used heap the whole suite may leave behind, after a collection. */
  private static final long HEAP_GROWTH_BOUND = 96L * 1024 * 1024;

  private static final String VETOES = "/api/assessment/vetoes";
  private static final String VETO = "veto:620100:2026:VETO-SAFETY";
  private static final String AUDIT = "/api/assessment/audit/rounds/620100/2026";
  private static final String CSV_HEADER = "unit_code,indicator_code,value,replaces,reason\r\n";

  /** Units whose rounds only the accepted cases write to, one each, so each is a first input. */
  private static final Iterator<String> FRESH_UNITS =
      Stream.of(
              "620102", "620103", "620104", "620105", "620111", "620121", "620122", "620123",
              "620302", "620321", "620402", "620403", "620421", "620422", "620423", "620502",
              "620503", "620521", "620522", "620523", "620524", "620525", "620602", "620621",
              "620622", "620623", "620702", "620721", "620722", "620723", "620724", "620725")
          .iterator();

  private MongoClient mongo;
  private long heapBefore;

  @BeforeAll
  void startRecording() {
    LOG.info("fuzz seed {} (repeat with -Dkaohe.fuzz.seed={})", SEED, SEED);
    mongo = MongoClients.create(SharedInfrastructure.mongo().connectionString());
    postScore("agency", "PROV-STATS", score("620100", 2026, "HQD-ECONOMY", 80))
        .expectStatus()
        .isCreated();
    postJson(
            VETOES,
            TestTokens.bearer("agency", "PROV-ORG"),
            Map.of("unitCode", "620100", "year", 2026, "itemCode", "VETO-SAFETY", "grounds", "事故"))
        .expectStatus()
        .isCreated();
    heapBefore = usedHeapAfterCollection();
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
      for (int i = 0; i < 3; i++) {
        int cut = 1 + random.nextInt(valid.length() - 1);
        requests.add(target.raw("truncated at " + cut, valid.substring(0, cut)));
      }
      for (int i = 0; i < 2; i++) {
        byte[] garbage = new byte[1 + random.nextInt(64)];
        random.nextBytes(garbage);
        requests.add(target.bytes("random bytes #" + i, target.contentType, garbage));
      }
      requests.add(target.raw("a bare number", "42"));
      if (!target.bodyOptional) {
        requests.add(target.raw("JSON null", "null"));
      }
      if (!target.bodyOptional && target.format != Target.Format.LINES) {
        requests.add(target.raw("empty body", ""));
      }
      if (target.format == Target.Format.CSV) {
        continue;
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
        .filter(target -> target.format != Target.Format.CSV)
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
      if (target.format != Target.Format.CSV) {
        requests.add(
            target.bytes("as multipart without a boundary", MediaType.MULTIPART_FORM_DATA, valid));
      } else {
        requests.add(target.bytes("a file as JSON", MediaType.APPLICATION_JSON, valid));
      }
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
              .withHeader("Authorization", "Bearer " + "a".repeat(100 * 1024)));
    }
    for (Target target : Target.singleJson()) {
      requests.add(target.with("a 300 KB body", target.texts.get(0), "x".repeat(300 * 1024)));
    }
    Target batch = Target.batchJson();
    requests.add(
        batch.bytes(
            "an 11 MB batch",
            MediaType.APPLICATION_JSON,
            ("[" + " ".repeat(11 * 1024 * 1024) + "]").getBytes(StandardCharsets.UTF_8)));
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
            AUDIT + "/history?from=" + "9".repeat(5000),
            auditor()));
    for (String path :
        List.of(
            "/api/assessment/rounds/620100%00/2026",
            "/api/assessment/rounds/%ED%A0%80/2026",
            "/api/assessment/rounds/..%2F..%2Fadmin/2026",
            "/api/assessment/rounds/620100;jsessionid=1/2026",
            "/api/assessment//rounds/620100/2026")) {
      requests.add(HostileRequest.get("GET " + path, REFUSED, path, admin()));
    }
    return requests.stream();
  }

  @Order(3)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void problemsAFormSentForJsonIsRefusedWithADetail(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> problemsAFormSentForJsonIsRefusedWithADetail() {
    return Target.all().stream()
        .map(
            target ->
                target.bytes(
                    "as a form",
                    MediaType.APPLICATION_FORM_URLENCODED,
                    "a=1".getBytes(StandardCharsets.UTF_8)));
  }

  @Order(4)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void numbersAtEveryLimitAreAcceptedAndBeyondItRefused(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> numbersAtEveryLimitAreAcceptedAndBeyondItRefused() {
    List<HostileRequest> requests = new ArrayList<>();
    Target scores = Target.scores();
    for (String value : List.of("0", "100", "99.99", "0.01")) {
      requests.add(scores.fresh(ACCEPTED, "value " + value, Map.of("value", new RawValue(value))));
    }
    for (String value : List.of("100.01", "-0.01", "100.001", "101", "-1", "1e3", "0.001")) {
      requests.add(scores.with("value " + value, "value", new RawValue(value)));
    }
    for (Target target : Target.singleJson()) {
      if (target.body.containsKey("year")) {
        for (String year : List.of("0", "-1", "1999", "2147483647", "-2147483648", "2147483648")) {
          requests.add(target.with("year " + year, "year", new RawValue(year)));
        }
      }
    }
    Target evaluations = Target.evaluations();
    requests.add(
        evaluations.fresh(
            ACCEPTED,
            "ballots 1",
            Map.of("ballots", 1, "gradeCounts", counts(1, 0, 0, 0), "negativeVotes", 0)));
    requests.add(evaluations.with("ballots 0", "ballots", 0));
    requests.add(evaluations.with("ballots -1", "ballots", -1));
    requests.add(evaluations.with("negative votes -1", "negativeVotes", -1));
    requests.add(evaluations.with("negative votes over the ballots", "negativeVotes", 121));
    requests.add(evaluations.with("counts over the ballots", "gradeCounts", counts(78, 35, 7, 1)));
    requests.add(evaluations.with("a negative count", "gradeCounts", counts(-1, 35, 6, 1)));
    Target findings = Target.findings();
    requests.add(findings.fresh(ACCEPTED, "deduction 10", Map.of("deduction", new RawValue("10"))));
    requests.add(findings.fresh(ACCEPTED, "deduction 0", Map.of("deduction", new RawValue("0"))));
    for (String deduction : List.of("10.01", "-1", "11")) {
      requests.add(findings.with("deduction " + deduction, "deduction", new RawValue(deduction)));
    }
    for (Target target : Target.singleJson()) {
      for (String field : target.texts) {
        int max = target.maxLength(field);
        requests.add(
            target.with(field + " of " + (max + 1) + " characters", field, "字".repeat(max + 1)));
        // never read as the text "true" or "42"
        requests.add(target.with(field + " as true", field, new RawValue("true")));
        requests.add(target.with(field + " as a number", field, new RawValue("42")));
      }
    }
    requests.add(
        scores.fresh(ACCEPTED, "a reason of 500 characters", Map.of("reason", "字".repeat(500))));
    requests.add(
        HostileRequest.get("history size 500", ACCEPTED, AUDIT + "/history?size=500", auditor()));
    requests.add(
        HostileRequest.get(
            "history of page 2^31 - 1, past the end",
            ACCEPTED,
            AUDIT + "/history?size=500&page=2147483647",
            auditor()));
    requests.add(
        HostileRequest.get(
            "verify the range up to 2^63 - 1, past the end",
            ACCEPTED,
            "/api/assessment/audit/verify?from=9223372036854775806&to=9223372036854775807",
            auditor()));
    for (String query :
        List.of(
            "/history?size=501",
            "/history?size=0",
            "/history?page=-1",
            "/history?size=-2147483648",
            "/history?page=99999999999999999999",
            "/as-of?sequence=-1",
            "/as-of?sequence=99999999999999999999",
            "/as-of?at=-999999999-01-01T00:00:00Z")) {
      requests.add(
          HostileRequest.get("audit" + query, REFUSED, AUDIT + encodeQuery(query), auditor()));
    }
    for (String query :
        List.of("from=0&to=1", "from=2&to=1", "from=-9223372036854775808&to=1", "from=1")) {
      requests.add(
          HostileRequest.get(
              "verify " + query, REFUSED, "/api/assessment/audit/verify?" + query, auditor()));
    }
    for (String path :
        List.of(
            "/api/assessment/rounds/620100/2147483647",
            "/api/assessment/rounds/620100/99999999999999999999",
            "/api/assessment/rounds/620100/-1",
            "/api/assessment/agencies/PROV-STATS/work?year=2147483648",
            "/api/assessment/templates?year=99999999999999999999",
            "/api/assessment/templates?year=2026&group=HQD&format=pdf",
            "/api/assessment/uploads?year=2147483648")) {
      requests.add(
          HostileRequest.get(path, REFUSED, path, TestTokens.bearer("agency", "PROV-STATS")));
    }
    Target batch = Target.batchNdjson();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i <= 10_000; i++) {
      lines.append("{\"itemId\":\"over-").append(i).append("\"}\n");
    }
    requests.add(
        batch.bytes(
            "10,001 batch items",
            MediaType.APPLICATION_NDJSON,
            lines.toString().getBytes(StandardCharsets.UTF_8)));
    return requests.stream();
  }

  @Order(5)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void numbersHugeExponentsAreRefusedWithoutBeingWrittenOut(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> numbersHugeExponentsAreRefusedWithoutBeingWrittenOut() {
    List<HostileRequest> requests = new ArrayList<>();
    String digits = "9".repeat(100_000);
    for (String huge : List.of("1e999999999", "1e-999999999", digits)) {
      String label = huge.length() > 20 ? "a 100,000-digit number" : huge;
      for (Target target : Target.withNumbers()) {
        for (String field : target.numbers) {
          requests.add(target.with(field + " " + label, field, new RawValue(huge)));
        }
      }
      for (String field : List.of("year", "ballots")) {
        requests.add(Target.evaluations().with(field + " " + label, field, new RawValue(huge)));
      }
    }
    return requests.stream();
  }

  @Order(6)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void numbersOneRuleForEveryChannel(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> numbersOneRuleForEveryChannel() {
    List<HostileRequest> requests = new ArrayList<>();
    for (String value : List.of("99.99999999999999999", "1e-400", "80.000000000000000001")) {
      for (Target target :
          List.of(Target.scores(), Target.batchJson(), Target.batchNdjson(), Target.upload())) {
        requests.add(target.fresh(REFUSED, "value " + value, Map.of("value", new RawValue(value))));
      }
    }
    for (Target target : Target.singleJson()) {
      if (target.body.containsKey("year")) {
        requests.add(target.with("year 2026.5", "year", new RawValue("2026.5")));
      }
    }
    return requests.stream();
  }

  @Order(7)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void numbersCountsThatWouldOverflowAreRefused(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> numbersCountsThatWouldOverflowAreRefused() {
    Target evaluations = Target.evaluations();
    return Stream.of(
        evaluations.fresh(
            REFUSED,
            "grade counts summing past 2^31",
            Map.of(
                "ballots",
                10,
                "gradeCounts",
                counts(Integer.MAX_VALUE, Integer.MAX_VALUE, 2, 0),
                "negativeVotes",
                0)),
        evaluations.fresh(
            REFUSED,
            "grade counts of 2^31 - 1 each",
            Map.of(
                "ballots",
                Integer.MAX_VALUE,
                "gradeCounts",
                counts(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE),
                "negativeVotes",
                0)),
        evaluations.fresh(
            REFUSED, "negative votes 2^31 - 1", Map.of("negativeVotes", Integer.MAX_VALUE)));
  }

  @Order(8)
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
      if (target.format != Target.Format.CSV) {
        String field = target.texts.get(0);
        String valid = target.render(target.body);
        int text = valid.indexOf("\"" + field + "\":\"") + field.length() + 4;
        requests.add(
            target.bytes(
                field + " with invalid UTF-8",
                target.contentType,
                concat(
                    valid.substring(0, text).getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC3, 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    valid.substring(text).getBytes(StandardCharsets.UTF_8))));
      }
      for (String field : target.texts) {
        hostile.forEach(
            (label, value) -> requests.add(target.with(field + " with " + label, field, value)));
      }
    }
    Target scores = Target.scores();
    requests.add(
        scores
            .with("a 10,000-character request id", null, null)
            .withHeader("X-Request-Id", "r".repeat(10_000)));
    requests.add(
        scores.with("a request id with a tab", null, null).withHeader("X-Request-Id", "a\tb"));
    Target upload = Target.upload();
    byte[] row =
        (CSV_HEADER + "620100,HQD-ECONOMY,81,80,revised\r\n").getBytes(StandardCharsets.UTF_8);
    Map<String, String> names = new LinkedHashMap<>();
    names.put("a right-to-left override", "\u202egpj.csv");
    names.put("NUL", "a\u0000.csv");
    names.put("a zero-width space", "\u200b.csv");
    names.put("a no-break space", "a\u00a0b.csv");
    names.put("only blanks", " \t ");
    names.put("10,000 characters", "n".repeat(10_000) + ".csv");
    names.forEach(
        (label, name) ->
            requests.add(
                upload.bytes(
                    "a file name with " + label, upload.contentType, multipart(name, row))));
    return requests.stream();
  }

  @Order(100)
  @Test
  void heapUseStaysBoundedAfterTheSuite() {
    long growth = usedHeapAfterCollection() - heapBefore;
    LOG.info("fuzz heap growth after a collection: {} KB", growth / 1024);
    assertThat(growth).isLessThan(HEAP_GROWTH_BOUND);
  }

  private void attack(HostileRequest request) {
    long before = storedEvents();
    Answer answer = request.send("http://127.0.0.1:" + port);
    long after = storedEvents();
    List<String> wrong = LEDGER.judge(request, answer, before, after, List.of());
    assertThat(wrong).as(request.label()).isEmpty();
  }

  private long storedEvents() {
    return mongo.getDatabase(database).getCollection("domainevents").countDocuments();
  }

  private static long usedHeapAfterCollection() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String admin() {
    return TestTokens.bearer("admin", null);
  }

  private static String auditor() {
    return TestTokens.bearer("auditor", null);
  }

  /** Encodes the values of a query such as {@code /history?from=+1}, keeping its names. */
  private static String encodeQuery(String pathAndQuery) {
    int query = pathAndQuery.indexOf('?');
    StringBuilder encoded = new StringBuilder(pathAndQuery.substring(0, query + 1));
    for (String pair : pathAndQuery.substring(query + 1).split("&")) {
      int equals = pair.indexOf('=');
      encoded
          .append(encoded.charAt(encoded.length() - 1) == '?' ? "" : "&")
          .append(pair, 0, equals + 1)
          .append(URLEncoder.encode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return encoded.toString();
  }

  private static Map<String, Integer> counts(int excellent, int good, int average, int poor) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("EXCELLENT", excellent);
    counts.put("GOOD", good);
    counts.put("AVERAGE", average);
    counts.put("POOR", poor);
    return counts;
  }

  /**
   * An endpoint taking a body, with a valid body to start from and the kinds of its fields: numbers
   * (decimals), whole numbers, free text, and the rest (codes).
   */
  private record Target(
      String name,
      String path,
      String authorization,
      MediaType contentType,
      Map<String, Object> body,
      List<String> numbers,
      List<String> texts,
      Format format,
      boolean bodyOptional) {

    enum Format {
      OBJECT,
      ARRAY,
      LINES,
      CSV
    }

    static List<Target> all() {
      return List.of(
          scores(),
          batchJson(),
          batchNdjson(),
          upload(),
          ratings(),
          evaluations(),
          findings(),
          vetoes(),
          new Target(
              "confirmation",
              VETOES + "/" + VETO + "/confirmation",
              TestTokens.bearer("agency", "PROV-EMERGENCY"),
              MediaType.APPLICATION_JSON,
              map("opinion", "同意"),
              List.of(),
              List.of("opinion"),
              Format.OBJECT,
              true),
          new Target(
              "rejection",
              VETOES + "/" + VETO + "/rejection",
              TestTokens.bearer("agency", "PROV-EMERGENCY"),
              MediaType.APPLICATION_JSON,
              map("reason", "not a responsibility accident"),
              List.of(),
              List.of("reason"),
              Format.OBJECT,
              false),
          new Target(
              "reopening",
              "/api/assessment/admin/rounds/620100/2026/reopening",
              admin(),
              MediaType.APPLICATION_JSON,
              map("until", "2027-04-10T00:00:00Z", "reason", "audit finding"),
              List.of(),
              List.of("reason"),
              Format.OBJECT,
              false));
    }

    static List<Target> singleJson() {
      return all().stream().filter(t -> t.format == Format.OBJECT).toList();
    }

    static List<Target> withNumbers() {
      return all().stream().filter(t -> !t.numbers.isEmpty()).toList();
    }

    static Target scores() {
      return new Target(
          "scores",
          SCORES,
          TestTokens.bearer("agency", "PROV-STATS"),
          MediaType.APPLICATION_JSON,
          scoreBody(),
          List.of("value", "replaces"),
          List.of("reason"),
          Format.OBJECT,
          false);
    }

    static Target batchJson() {
      return batch("scores/batch", MediaType.APPLICATION_JSON, Format.ARRAY);
    }

    static Target batchNdjson() {
      return batch("scores/batch NDJSON", MediaType.APPLICATION_NDJSON, Format.LINES);
    }

    private static Target batch(String name, MediaType type, Format format) {
      Map<String, Object> item = map("itemId", "item-1");
      item.putAll(scoreBody());
      return new Target(
          name,
          SCORES + "/batch",
          TestTokens.bearer("agency", "PROV-STATS"),
          type,
          item,
          List.of("value", "replaces"),
          List.of("reason", "itemId"),
          format,
          false);
    }

    static Target upload() {
      return new Target(
          "uploads",
          "/api/assessment/uploads?year=2026",
          TestTokens.bearer("agency", "PROV-STATS"),
          HostileBodies.MULTIPART,
          map(
              "unit_code",
              "620100",
              "indicator_code",
              "HQD-ECONOMY",
              "value",
              81,
              "replaces",
              80,
              "reason",
              "revised"),
          List.of("value", "replaces"),
          List.of("reason"),
          Format.CSV,
          false);
    }

    static Target ratings() {
      return new Target(
          "political-ratings",
          "/api/assessment/political-ratings",
          TestTokens.bearer("agency", "PROV-ORG"),
          MediaType.APPLICATION_JSON,
          map("unitCode", "620100", "year", 2026, "rating", "GOOD", "basis", "annual review"),
          List.of(),
          List.of("basis", "reason"),
          Format.OBJECT,
          false);
    }

    static Target evaluations() {
      Map<String, Object> body =
          map("unitCode", "620100", "year", 2026, "raterGroup", "CADRES", "ballots", 120);
      body.put("gradeCounts", map("EXCELLENT", 78, "GOOD", 35, "AVERAGE", 6, "POOR", 1));
      body.put("negativeVotes", 3);
      return new Target(
          "democratic-evaluations",
          "/api/assessment/democratic-evaluations",
          TestTokens.bearer("agency", "PROV-ORG"),
          MediaType.APPLICATION_JSON,
          body,
          List.of(),
          List.of("reason"),
          Format.OBJECT,
          false);
    }

    static Target findings() {
      return new Target(
          "findings",
          "/api/assessment/findings",
          TestTokens.bearer("agency", "PROV-AUDIT"),
          MediaType.APPLICATION_JSON,
          map(
              "unitCode",
              "620100",
              "year",
              2026,
              "findingId",
              "AUDIT-2026-0001",
              "source",
              "AUDIT",
              "severity",
              "MINOR",
              "summary",
              "late accounts",
              "deduction",
              1.5),
          List.of("deduction"),
          List.of("summary"),
          Format.OBJECT,
          false);
    }

    static Target vetoes() {
      return new Target(
          "vetoes",
          VETOES,
          TestTokens.bearer("agency", "PROV-ORG"),
          MediaType.APPLICATION_JSON,
          map("unitCode", "620200", "year", 2026, "itemCode", "VETO-SAFETY", "grounds", "事故"),
          List.of(),
          List.of("grounds"),
          Format.OBJECT,
          false);
    }

    private static Map<String, Object> scoreBody() {
      return map(
          "unitCode",
          "620100",
          "year",
          2026,
          "indicatorCode",
          "HQD-ECONOMY",
          "value",
          81,
          "replaces",
          80,
          "reason",
          "revised figure");
    }

    private static Map<String, Object> map(Object... keysAndValues) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < keysAndValues.length; i += 2) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
      return map;
    }

    int maxLength(String field) {
      return switch (name + "." + field) {
        case "findings.summary", "vetoes.grounds", "confirmation.opinion", "rejection.reason" ->
            2000;
        default -> 500;
      };
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

    /** The body with one field changed, as this endpoint takes it; to be refused. */
    HostileRequest with(String label, String field, Object value) {
      Map<String, Object> change = new LinkedHashMap<>();
      if (field != null) {
        change.put(field, value);
      }
      return with(label, change);
    }

    /** The body with these fields changed; to be refused. */
    HostileRequest with(String label, Map<String, Object> changes) {
      return changed(
          REFUSED,
          label,
          map -> {
            map.putAll(changes);
            return map;
          });
    }

    /** The body with these fields changed, on a unit no other request writes to. */
    HostileRequest fresh(Expect expect, String label, Map<String, Object> changes) {
      String unit = FRESH_UNITS.next();
      return changed(
          expect,
          label,
          map -> {
            // A first input on the unit: neither a correction nor a conflict.
            if (numbers.contains("replaces")) {
              map.put("replaces", format == Format.CSV ? "" : null);
              map.put("reason", format == Format.CSV ? "" : null);
            }
            map.putAll(changes);
            map.put(format == Format.CSV ? "unit_code" : "unitCode", unit);
            if (name.equals("findings")) {
              map.put("findingId", "AUDIT-2026-" + unit);
            }
            return map;
          });
    }

    private HostileRequest changed(
        Expect expect, String label, UnaryOperator<Map<String, Object>> change) {
      Map<String, Object> copy = change.apply(new LinkedHashMap<>(body));
      return new HostileRequest(
          name + ": " + label,
          expect,
          HttpMethod.POST,
          path,
          authorization,
          contentType,
          format == Format.CSV
              ? multipart("scores.csv", csv(copy))
              : render(copy).getBytes(StandardCharsets.UTF_8),
          Map.of(),
          List.of());
    }

    HostileRequest request(String label) {
      return with(label, null, null);
    }

    HostileRequest raw(String label, String text) {
      return bytes(label, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    HostileRequest bytes(String label, MediaType type, byte[] content) {
      byte[] sent =
          format == Format.CSV
                  && type.equals(contentType)
                  && !label.startsWith("an 11 MB")
                  && !label.startsWith("a file name")
              ? multipart("scores.csv", content)
              : content;
      return new HostileRequest(
          name + ": " + label,
          REFUSED,
          HttpMethod.POST,
          path,
          authorization,
          type,
          sent,
          Map.of(),
          List.of());
    }

    String render(Map<String, Object> map) {
      try {
        String object = JSON.writeValueAsString(map);
        return switch (format) {
          case ARRAY -> "[" + object + "]";
          case LINES -> object + "\n";
          default -> object;
        };
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The row as a CSV file holding the very text each value stands for: a JSON string's escapes
     * become the characters they name, as a spreadsheet program would have saved them.
     */
    private static byte[] csv(Map<String, Object> row) {
      StringBuilder line = new StringBuilder(CSV_HEADER);
      for (Object value : row.values()) {
        String cell = value instanceof RawValue raw ? text(raw) : String.valueOf(value);
        line.append(line.charAt(line.length() - 1) == '\n' ? "" : ",").append(csvCell(cell));
      }
      return utf8KeepingLoneSurrogates(line.append("\r\n"));
    }

    private static String text(RawValue raw) {
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

package org.kaohe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kaohe.platform.web.servicecheck.HostileRequest.Expect.ACCEPTED;
import static org.kaohe.platform.web.servicecheck.HostileRequest.Expect.REFUSED;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaohe.events.Topics;
import org.kaohe.platform.web.servicecheck.AttackLedger;
import org.kaohe.platform.web.servicecheck.HostileRequest;
import org.kaohe.platform.web.servicecheck.HostileRequest.Answer;
import org.kaohe.tools.embedded.LocalTokens;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every endpoint of the results service, sent what a hostile client sends: path variables that are
 * too long, hold control characters, invalid UTF-8 or climb out of the path; years out of range,
 * huge, negative, fractional or not numbers; instants that are not instants or lie beyond any
 * calendar; stream positions and filters that are garbage; wrong methods, oversized headers and
 * paths; missing, forged and expired tokens, and roles that may not. Whatever comes back is a 4xx
 * problem or, for what is within the limits, a success; never a server error, never internals or an
 * echo of the input, and nothing a request does is stored.
 *
 * <p>The requests are generated from a seed, logged at the start and overridable with {@code
 * -Dkaohe.fuzz.seed=…}, so a failing run can be repeated exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {
  static final long SEED = Long.getLong("kaohe.fuzz.seed", 20261204L);

  private static final Logger LOG = LoggerFactory.getLogger(HostileInputIT.class);
  private static final String RUN = Long.toString(System.nanoTime());
  private static final AttackLedger LEDGER = new AttackLedger("results fuzz");
  private static final String RESULTS = "/api/results";

  /** Subjects no other request has used, so that each accepted stream has a slot of its own. */
  private static final AtomicInteger STREAMS = new AtomicInteger();

  @Value("${local.server.port}")
  int port;

  private MongoClient mongo;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add(
        "kaohe.results.mongodb-uri", () -> SharedInfrastructure.mongo().connectionString());
    registry.add("kaohe.results.database", () -> database());
    registry.add("kaohe.results.consumer-group", () -> group());
    registry.add(
        "kaohe.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
  }

  @BeforeAll
  void caughtUp() {
    LOG.info("results fuzz seed {} (repeat with -Dkaohe.fuzz.seed={})", SEED, SEED);
    mongo = MongoClients.create(SharedInfrastructure.mongo().connectionString());
    // The topics may hold what other suites published: once it is applied, the counts stand still.
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafka().bootstrapServers()))) {
      await().atMost(Duration.ofSeconds(90)).until(() -> lag(admin) == 0);
    }
  }

  @AfterAll
  void reportCounts() {
    LOG.info(LEDGER.summary());
    mongo.close();
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void badPathVariablesAreRefusedAsProblems(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> badPathVariablesAreRefusedAsProblems() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("a 2,000-character code", "6".repeat(2000));
    codes.put("a code with NUL", "620100%00");
    codes.put("a code with a newline", "620100%0A");
    codes.put("a code of a lone surrogate", "%ED%A0%80");
    codes.put("a code of invalid UTF-8", "%C3%28");
    codes.put("a code climbing out", "..%2F..%2Fadmin");
    codes.put("a code of a dot", ".");
    codes.put("a code in lower case", "abc");
    codes.put("a code of Han characters", "%E5%85%B0%E5%B7%9E");
    codes.put("a code with a right-to-left override", "%E2%80%AE620100");
    codes.put("a code with a matrix parameter", "620100;jsessionid=1");
    List<HostileRequest> requests = new ArrayList<>();
    for (String kind : List.of("units", "cadres")) {
      codes.forEach(
          (label, code) ->
              requests.add(
                  HostileRequest.get(
                      kind + ": " + label,
                      REFUSED,
                      RESULTS + "/" + kind + "/" + code + "/2026",
                      dashboard())));
      for (String year : years()) {
        requests.add(
            HostileRequest.get(
                kind + ": year " + shown(year),
                REFUSED,
                RESULTS + "/" + kind + "/620100/" + year,
                dashboard()));
      }
      requests.add(
          HostileRequest.get(
              kind + ": a subject without a result",
              REFUSED,
              RESULTS + "/" + kind + "/620100/2026",
              dashboard()));
    }
    for (String year : years()) {
      requests.add(
          HostileRequest.get(
              "schemes: year " + shown(year), REFUSED, RESULTS + "/schemes/" + year, dashboard()));
    }
    requests.add(
        HostileRequest.get("schemes: year 2026", ACCEPTED, RESULTS + "/schemes/2026", auditor()));
    requests.add(
        HostileRequest.get("a 5,000-character path", REFUSED, "/" + "p".repeat(5000), admin()));
    requests.add(
        HostileRequest.get(
            "a doubled slash", REFUSED, "/api/results//units/620100/2026", dashboard()));
    return requests.stream();
  }

  @Order(2)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void badQueryParametersAreRefusedAsProblems(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> badQueryParametersAreRefusedAsProblems() {
    List<HostileRequest> requests = new ArrayList<>();
    for (String asOf :
        List.of(
            "yesterday",
            "",
            "2027-13-01T00:00:00Z",
            "2027-03-01",
            "1767225600",
            "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z",
            "+10000-01-01T00:00:00Z",
            "-0001-12-31T23:59:59Z",
            "%00",
            "2027-03-01T00:00:00Z%00",
            "9".repeat(5000))) {
      for (String kind : List.of("units", "cadres")) {
        requests.add(
            HostileRequest.get(
                    kind + ": asOf " + shown(asOf),
                    REFUSED,
                    RESULTS + "/" + kind + "/620100/2026?asOf=" + asOf,
                    dashboard())
                .withTell("9".repeat(100)));
      }
    }
    requests.add(
        HostileRequest.get(
            "units: asOf given twice",
            REFUSED,
            RESULTS + "/units/620100/2026?asOf=2027-03-01T00:00:00Z&asOf=2027-04-01T00:00:00Z",
            dashboard()));
    requests.add(
        HostileRequest.get(
            "units: asOf at the end of the calendar, before any result",
            REFUSED,
            RESULTS + "/units/620100/2026?asOf=9999-12-31T23:59:59Z",
            dashboard()));
    for (String year : years()) {
      requests.add(
          HostileRequest.get(
              "rankings: year " + shown(year),
              REFUSED,
              RESULTS + "/rankings?peerGroup=COUNTY&year=" + year,
              dashboard()));
      requests.add(
          HostileRequest.get(
              "checksum: year " + shown(year),
              REFUSED,
              RESULTS + "/checksum?year=" + year,
              dashboard()));
      requests.add(
          HostileRequest.post(
              "recompute: year " + shown(year),
              REFUSED,
              RESULTS + "/admin/recompute?year=" + year,
              admin(),
              null,
              null));
    }
    for (String peerGroup :
        List.of("county", "", "%00", "COUNTY%0A", "C".repeat(2000), "%E5%8E%BF", "COUNTY,CITY")) {
      requests.add(
          HostileRequest.get(
                  "rankings: peer group " + shown(peerGroup),
                  REFUSED,
                  RESULTS + "/rankings?year=2026&peerGroup=" + peerGroup,
                  dashboard())
              .withTell("C".repeat(100)));
    }
    requests.add(
        HostileRequest.get(
            "rankings: without a year",
            REFUSED,
            RESULTS + "/rankings?peerGroup=COUNTY",
            auditor()));
    requests.add(
        HostileRequest.get(
            "rankings: without a peer group", REFUSED, RESULTS + "/rankings?year=2026", auditor()));
    requests.add(
        HostileRequest.get(
            "rankings: peer group given twice",
            REFUSED,
            RESULTS + "/rankings?year=2026&peerGroup=COUNTY&peerGroup=CITY",
            auditor()));
    requests.add(
        HostileRequest.get("checksum: without a year", REFUSED, RESULTS + "/checksum", auditor()));
    requests.add(
        HostileRequest.get(
            "rankings of a peer group",
            ACCEPTED,
            RESULTS + "/rankings?year=2026&peerGroup=COUNTY",
            auditor()));
    requests.add(
        HostileRequest.get(
            "checksum of 2026", ACCEPTED, RESULTS + "/checksum?year=2026", auditor()));
    requests.add(
        HostileRequest.get(
            "dead letters", ACCEPTED, RESULTS + "/admin/dead-letters?limit=-1", admin()));
    requests.add(
        HostileRequest.post(
            "recompute of 2026",
            ACCEPTED,
            RESULTS + "/admin/recompute?year=2026",
            admin(),
            null,
            null));
    requests.add(
        HostileRequest.get(
            "a 5,000-character query",
            REFUSED,
            RESULTS + "/checksum?year=" + "9".repeat(5000),
            auditor()));
    return requests.stream();
  }

  @Order(3)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void streamPositionsAndFiltersThatAreGarbageAreRefusedAsProblems(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> streamPositionsAndFiltersThatAreGarbageAreRefusedAsProblems() {
    Random random = new Random(SEED);
    List<HostileRequest> requests = new ArrayList<>();
    List<String> positions =
        new ArrayList<>(
            List.of(
                "-1",
                "-9223372036854775808",
                "9223372036854775808",
                "99999999999999999999",
                "abc",
                "1e3",
                "1.5",
                "9".repeat(5000)));
    for (int i = 0; i < 3; i++) {
      byte[] garbage = new byte[1 + random.nextInt(32)];
      random.nextBytes(garbage);
      // Header values are Latin-1 text: the printable part of random bytes.
      String text =
          new String(garbage, StandardCharsets.ISO_8859_1).replaceAll("[^\\x21-\\x7e]", "z");
      positions.add(text.matches("\\d+") ? text + "z" : text);
    }
    for (String position : positions) {
      requests.add(
          stream("Last-Event-ID " + shown(position), REFUSED, "")
              .withHeader("Last-Event-ID", position)
              .withTell("9".repeat(100)));
      requests.add(
          stream("after=" + shown(position), REFUSED, "?after=" + encoded(position))
              .withTell("9".repeat(100)));
    }
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("category in lower case", "category=city");
    filters.put("a 2,000-character category", "category=" + "C".repeat(2000));
    filters.put("category with NUL", "category=CITY%00");
    filters.put("an empty category", "category=");
    filters.put("a unit code of invalid UTF-8", "unit=%C3%28");
    filters.put("a unit code climbing out", "unit=..%2F..");
    filters.put("a 2,000-character region", "region=" + "6".repeat(2000));
    filters.put("kind in upper case", "kind=UNIT");
    filters.put("kind both", "kind=unit%7Ccadre");
    filters.put("kind with a newline", "kind=unit%0A");
    filters.put("a filter given twice", "kind=unit&kind=cadre");
    filters.forEach(
        (label, query) ->
            requests.add(stream(label, REFUSED, "?" + query).withTell("C".repeat(100))));
    // An accepted stream answers with its first event or its first keep-alive: two of them.
    requests.add(
        stream(
            "the whole history through every filter",
            ACCEPTED,
            "?after=0&category=CITY&unit=620100&region=620100&kind=unit"));
    requests.add(
        stream("resumed at the last position there is", ACCEPTED, "")
            .withHeader("Last-Event-ID", Long.toString(Long.MAX_VALUE)));
    return requests.stream();
  }

  @Order(4)
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
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    ("{\"iss\":\"kaohe-local\",\"aud\":\"kaohe\",\"sub\":\"mallory\","
                            + "\"roles\":[\"admin\"],\"exp\":4102444800}")
                        .getBytes(StandardCharsets.UTF_8))
            + ".");
    strangers.put("a 100 KB token", "Bearer " + "a".repeat(100 * 1024));
    List<HostileRequest> everyEndpoint =
        List.of(
            HostileRequest.get("units", REFUSED, RESULTS + "/units/620100/2026", null),
            HostileRequest.get("cadres", REFUSED, RESULTS + "/cadres/C-1/2026", null),
            HostileRequest.get(
                "rankings", REFUSED, RESULTS + "/rankings?year=2026&peerGroup=COUNTY", null),
            HostileRequest.get("schemes", REFUSED, RESULTS + "/schemes/2026", null),
            HostileRequest.get("checksum", REFUSED, RESULTS + "/checksum?year=2026", null),
            HostileRequest.get("dead letters", REFUSED, RESULTS + "/admin/dead-letters", null),
            HostileRequest.post(
                "recompute", REFUSED, RESULTS + "/admin/recompute?year=2026", null, null, null),
            HostileRequest.get("stream", REFUSED, RESULTS + "/stream", null)
                .withHeader("Accept", MediaType.TEXT_EVENT_STREAM_VALUE));
    List<HostileRequest> requests = new ArrayList<>();
    for (HostileRequest endpoint : everyEndpoint) {
      strangers.forEach(
          (label, authorization) ->
              requests.add(
                  endpoint
                      .withLabel(endpoint.label() + " with " + label)
                      .withAuthorization(authorization)));
      requests.add(
          endpoint
              .withLabel(endpoint.label() + " for a survey team")
              .withAuthorization(token("survey-team", "PROV-SURVEY", "team")));
    }
    String agency = token("agency", "PROV-STATS", "agency");
    for (HostileRequest endpoint : everyEndpoint.subList(2, everyEndpoint.size() - 1)) {
      if (!endpoint.label().equals("schemes")) {
        requests.add(
            endpoint.withLabel(endpoint.label() + " for an agency").withAuthorization(agency));
      }
    }
    for (String role : List.of("auditor", "dashboard")) {
      requests.add(
          HostileRequest.post(
              "recompute by a " + role,
              REFUSED,
              RESULTS + "/admin/recompute?year=2026",
              token(role, null, role),
              null,
              null));
      requests.add(
          HostileRequest.get(
              "dead letters for a " + role,
              REFUSED,
              RESULTS + "/admin/dead-letters",
              token(role, null, role)));
    }
    requests.add(
        HostileRequest.get(
            "a unit's result for an agency not responsible for it",
            REFUSED,
            RESULTS + "/units/110000/2026",
            token("agency", "PROV-ORG-NOT-THERE", "agency")));
    return requests.stream();
  }

  @Order(5)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void wrongMethodsContentTypesAndOversizedHeadersAreRefusedAsProblems(HostileRequest request) {
    attack(request);
  }

  static Stream<HostileRequest> wrongMethodsContentTypesAndOversizedHeadersAreRefusedAsProblems() {
    List<HostileRequest> requests = new ArrayList<>();
    List<String> reads =
        List.of(
            RESULTS + "/units/620100/2026",
            RESULTS + "/cadres/C-1/2026",
            RESULTS + "/rankings?year=2026&peerGroup=COUNTY",
            RESULTS + "/schemes/2026",
            RESULTS + "/checksum?year=2026",
            RESULTS + "/admin/dead-letters",
            RESULTS + "/stream");
    for (String path : reads) {
      for (HttpMethod method :
          List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
        requests.add(
            HostileRequest.post(
                    method + " " + path,
                    REFUSED,
                    path,
                    admin(),
                    MediaType.APPLICATION_JSON,
                    "{}".getBytes(StandardCharsets.UTF_8))
                .withMethod(method));
      }
      requests.add(
          HostileRequest.get("a 16 KB header on " + path, REFUSED, path, admin())
              .withHeader("X-Padding", "p".repeat(16 * 1024)));
      requests.add(
          HostileRequest.get("a 10,000-character request id on " + path, REFUSED, path, admin())
              .withHeader("X-Request-Id", "r".repeat(10_000)));
    }
    for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE)) {
      requests.add(
          HostileRequest.get(
                  method + " recompute", REFUSED, RESULTS + "/admin/recompute?year=2026", admin())
              .withMethod(method));
    }
    for (MediaType type :
        List.of(
            MediaType.APPLICATION_XML,
            MediaType.TEXT_PLAIN,
            MediaType.MULTIPART_FORM_DATA,
            MediaType.APPLICATION_FORM_URLENCODED)) {
      requests.add(
          HostileRequest.post(
              "recompute with a body as " + type,
              REFUSED,
              RESULTS + "/admin/recompute?year=1999",
              admin(),
              type,
              "<year>2026</year>".getBytes(StandardCharsets.UTF_8)));
    }
    requests.add(
        HostileRequest.post(
            "recompute with an 11 MB body",
            REFUSED,
            RESULTS + "/admin/recompute?year=2026",
            admin(),
            MediaType.APPLICATION_JSON,
            new byte[11 * 1024 * 1024]));
    requests.add(
        HostileRequest.get("units as XML", REFUSED, RESULTS + "/schemes/2026", auditor())
            .withHeader("Accept", MediaType.APPLICATION_XML_VALUE));
    return requests.stream();
  }

  private void attack(HostileRequest request) {
    long before = stored();
    Answer answer = request.send("http://127.0.0.1:" + port);
    long after = stored();
    List<String> wrong = LEDGER.judge(request, answer, before, after);
    assertThat(wrong).as(request.label()).isEmpty();
  }

  /** Everything the service's database holds. */
  private long stored() {
    MongoDatabase db = mongo.getDatabase(database());
    long documents = 0;
    for (String collection : db.listCollectionNames()) {
      documents += db.getCollection(collection).countDocuments();
    }
    return documents;
  }

  /** How many records of the input topics the service's consumer group has yet to commit. */
  private static long lag(Admin admin) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group()).partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, OffsetSpec> ends = new LinkedHashMap<>();
    for (String topic : List.of(Topics.ASSESSMENT_EVENTS, Topics.SURVEY_EVENTS)) {
      try {
        admin
            .describeTopics(List.of(topic))
            .allTopicNames()
            .get()
            .get(topic)
            .partitions()
            .forEach(p -> ends.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
      } catch (ExecutionException noSuchTopic) {
        // Nothing was ever published on it: nothing to catch up with.
      }
    }
    long lag = 0;
    for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end :
        admin.listOffsets(ends).all().get().entrySet()) {
      OffsetAndMetadata at = committed.get(end.getKey());
      lag += end.getValue().offset() - (at == null ? 0 : at.offset());
    }
    return lag;
  }

  private static String database() {
    return "results-hostile-it-" + RUN;
  }

  private static String group() {
    return "results-hostile-it-" + RUN;
  }

  private static List<String> years() {
    return List.of(
        "0",
        "-1",
        "1999",
        "2147483647",
        "2147483648",
        "-2147483649",
        "99999999999999999999",
        "2026.5",
        "1e3",
        "2026%00",
        "%20",
        "twenty",
        "9".repeat(5000));
  }

  private static HostileRequest stream(String label, HostileRequest.Expect expect, String query) {
    return HostileRequest.get(
            "stream: " + label,
            expect,
            RESULTS + "/stream" + query,
            token("dashboard", null, "stream-" + STREAMS.incrementAndGet()))
        .withHeader("Accept", MediaType.TEXT_EVENT_STREAM_VALUE);
  }

  private static String encoded(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** A value as a report can show it: short, and its length when it is long. */
  private static String shown(String value) {
    return value.length() > 24 ? "of " + value.length() + " characters" : "'" + value + "'";
  }

  private static String admin() {
    return token("admin", null, "fuzz-admin");
  }

  private static String auditor() {
    return token("auditor", null, "fuzz-auditor");
  }

  private static String dashboard() {
    return token("dashboard", null, "fuzz-dashboard");
  }

  private static String token(String role, String agency, String subject) {
    return LocalTokens.bearer(subject, role, agency);
  }
}

package org.kaohe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaohe.events.EventJson;
import org.kaohe.events.Topics;
import org.kaohe.events.results.UnitResultPublishedEvent;
import org.kaohe.platform.kafka.CloudEventConsumer;
import org.kaohe.platform.kafka.CloudEventPublisher;
import org.kaohe.platform.kafka.DeadLetter;
import org.kaohe.platform.kafka.DeadLetterList;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.tools.embedded.LocalTokens;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
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

/** The results service against the real embedded Kafka broker and MongoDB server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitResultsIT {
  private static final String RUN = Long.toString(System.nanoTime());
  private static final List<TypedCloudEvent> publishedResults = new CopyOnWriteArrayList<>();
  private static CloudEventConsumer resultsListener;
  private static CloudEventPublisher assessment;

  @Value("${local.server.port}")
  int port;

  @Autowired MeterRegistry meters;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add(
        "kaohe.results.mongodb-uri", () -> SharedInfrastructure.mongo().connectionString());
    registry.add("kaohe.results.database", () -> "results-it-" + RUN);
    registry.add("kaohe.results.consumer-group", () -> "results-it-" + RUN);
    registry.add(
        "kaohe.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
  }

  @BeforeAll
  static void clients() {
    String bootstrap = SharedInfrastructure.kafka().bootstrapServers();
    assessment = new CloudEventPublisher(bootstrap, "assessment-stand-in");
    resultsListener =
        new CloudEventConsumer(
            new KafkaSettings(bootstrap, null, null),
            "results-listener-" + RUN,
            List.of(Topics.RESULTS_EVENTS),
            publishedResults::add,
            new SimpleMeterRegistry());
    resultsListener.start();
  }

  @AfterAll
  static void close() {
    resultsListener.close();
    assessment.close();
  }

  @Test
  void aRecordedScoreBecomesAResultWithItsDerivationOnKafkaAndOnTheStream() {
    List<ServerSentEvent<String>> streamed = new CopyOnWriteArrayList<>();
    Disposable subscription = subscribe(null, streamed);
    try {
      publishScore("e1-" + RUN, "621100", 0, "HQD-ECONOMY", "80");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> latest("621100").map(r -> r.composite() != null).orElse(false));
      UnitResultPublishedEvent first = latest("621100").orElseThrow();
      assertThat(first.composite()).isEqualByComparingTo("80");
      assertThat(first.complete()).isFalse();
      assertThat(first.provisional()).isTrue();
      assertThat(first.missing()).contains("PARTY-BUILDING", "REGULAR-HALF-YEAR/H1");
      assertThat(first.sourceEventId()).isEqualTo("e1-" + RUN);

      publishScore("e2-" + RUN, "621100", 1, "PARTY-BUILDING", "91");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  latest("621100").map(r -> !r.missing().contains("PARTY-BUILDING")).orElse(false));
      UnitResultPublishedEvent second = latest("621100").orElseThrow();
      assertThat(second.composite()).isBetween(new BigDecimal("80"), new BigDecimal("91"));
      assertThat(new String(EventJson.write(second), StandardCharsets.UTF_8))
          .contains(
              "\"sourceEventIds\":[\"e1-" + RUN + "\"]", "\"sourceEventIds\":[\"e2-" + RUN + "\"]");
      assertThat(resultsFor("621100").get(resultsFor("621100").size() - 1).extension("causationid"))
          .isEqualTo("e2-" + RUN);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  streamedFor(streamed, "621100").stream()
                      .anyMatch(e -> e.data().contains("\"sourceEventId\":\"e2-" + RUN + "\"")));
      assertThat(streamedFor(streamed, "621100").get(0).event()).isEqualTo("unit-result");
    } finally {
      subscription.dispose();
    }
  }

  @Test
  void aRedeliveredEventHasNoSecondEffect() {
    publishScore("dup-" + RUN, "621200", 0, "HQD-ECONOMY", "70");
    publishScore("dup-" + RUN, "621200", 0, "HQD-ECONOMY", "70");
    publishScore("after-" + RUN, "621200", 1, "HQD-ECONOMY", "72");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                latest("621200")
                    .map(r -> r.composite().compareTo(new BigDecimal("72")) == 0)
                    .orElse(false));
    assertThat(
            resultsFor("621200").stream()
                .filter(e -> e.data() instanceof UnitResultPublishedEvent)
                .filter(e -> ("dup-" + RUN).equals(e.extension("causationid")))
                .count())
        .isEqualTo(1);
  }

  @Test
  void aSubscriberResumingWithLastEventIdGetsOnlyWhatItMissed() {
    List<ServerSentEvent<String>> first = new CopyOnWriteArrayList<>();
    Disposable subscription = subscribe(null, first);
    publishScore("r1-" + RUN, "620300", 0, "HQD-ECONOMY", "60");
    await().atMost(Duration.ofSeconds(30)).until(() -> !streamedFor(first, "620300").isEmpty());
    subscription.dispose();
    String lastSeen =
        streamedFor(first, "620300").get(streamedFor(first, "620300").size() - 1).id();

    publishScore("r2-" + RUN, "620300", 1, "HQD-ECONOMY", "65");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> latest("620300").map(r -> r.sourceEventId().equals("r2-" + RUN)).orElse(false));

    List<ServerSentEvent<String>> resumed = new CopyOnWriteArrayList<>();
    Disposable again = subscribe(lastSeen, resumed);
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> !streamedFor(resumed, "620300").isEmpty());
      assertThat(streamedFor(resumed, "620300").get(0).data())
          .contains("\"sourceEventId\":\"r2-" + RUN + "\"");
      assertThat(resumed)
          .allSatisfy(
              e -> assertThat(Long.parseLong(e.id())).isGreaterThan(Long.parseLong(lastSeen)));
    } finally {
      again.dispose();
    }
  }

  @Test
  void aSubscriberKnowsAtOnceThatItsStreamIsOpenLongBeforeTheFirstKeepAlive() {
    ServerSentEvent<String> first =
        WebClient.create("http://127.0.0.1:" + port)
            .get()
            .uri("/api/results/stream")
            .accept(MediaType.TEXT_EVENT_STREAM)
            .headers(h -> h.setBearerAuth(token("dashboard")))
            .retrieve()
            .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
            .next()
            .block(Duration.ofSeconds(10));

    assertThat(first).isNotNull();
    assertThat(first.comment()).isEqualTo("open");
    assertThat(first.data()).isNull();
  }

  @Test
  void theStreamNeedsAToken() {
    Integer status =
        WebClient.create("http://127.0.0.1:" + port)
            .get()
            .uri("/api/results/stream")
            .exchangeToMono(
                response -> reactor.core.publisher.Mono.just(response.statusCode().value()))
            .block(Duration.ofSeconds(10));

    assertThat(status).isEqualTo(401);
  }

  @Test
  void recordsThatCanNeverBeAppliedAreParkedForAdminsAndLaterScoresStillCount() throws Exception {
    try (KafkaProducer<String, byte[]> raw =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers()),
            new StringSerializer(),
            new ByteArraySerializer())) {
      raw.send(
              new ProducerRecord<>(
                  Topics.ASSESSMENT_EVENTS,
                  "620400",
                  "not a cloud event".getBytes(StandardCharsets.UTF_8)))
          .get();
    }
    publishScore("p1-" + RUN, "620400", 0, "HQD-ECONOMY", "77");

    await().atMost(Duration.ofSeconds(30)).until(() -> latest("620400").isPresent());
    assertThat(resultsFor("620400").get(0).extension("causationid")).isEqualTo("p1-" + RUN);
    await().atMost(Duration.ofSeconds(30)).until(() -> parkedFor("620400").size() == 1);
    List<DeadLetter> parked = parkedFor("620400");
    DeadLetter unreadable = parked.get(0);
    assertThat(unreadable.topic()).isEqualTo(Topics.ASSESSMENT_EVENTS);
    assertThat(unreadable.eventId()).isNull();
    assertThat(unreadable.reason())
        .isEqualTo(
            "not a CloudEvent at assessment.events-"
                + unreadable.partition()
                + "@"
                + unreadable.offset()
                + ": Could not parse. Unknown encoding. Invalid content type or spec version");
    assertThat(
            meters
                .get(CloudEventConsumer.DEAD_LETTERS_METER)
                .tag("group", "results-it-" + RUN)
                .tag("topic", Topics.ASSESSMENT_EVENTS)
                .counter()
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void onlyAdminsSeeWhatTheConsumerParked() {
    WebTestClient.bindToServer()
        .baseUrl("http://127.0.0.1:" + port)
        .build()
        .get()
        .uri("/api/results/admin/dead-letters")
        .headers(h -> h.setBearerAuth(token("dashboard")))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("This request needs the role admin.");
  }

  private List<DeadLetter> parkedFor(String unit) {
    DeadLetterList list =
        WebClient.create("http://127.0.0.1:" + port)
            .get()
            .uri("/api/results/admin/dead-letters")
            .headers(h -> h.setBearerAuth(token("admin")))
            .retrieve()
            .bodyToMono(DeadLetterList.class)
            .block(Duration.ofSeconds(30));
    return list.newest().stream().filter(letter -> unit.equals(letter.key())).toList();
  }

  private static String token(String role) {
    return LocalTokens.mint(
        LocalTokens.DEFAULT_SECRET, "ops", role, null, Duration.ofMinutes(5), Clock.systemUTC());
  }

  @Test
  void aNewSubscriberStartsAtTheLiveHeadUnlessItAsksForHistory() {
    publishScore("h0-" + RUN, "620800", 0, "HQD-ECONOMY", "50");
    // The unit's result and its principal's and deputy's, which take the unit's composite.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                resultsFor("620800").stream()
                        .filter(e -> ("h0-" + RUN).equals(e.extension("causationid")))
                        .count()
                    == 3);

    List<ServerSentEvent<String>> live = new CopyOnWriteArrayList<>();
    Disposable fromNow = subscribe("/api/results/stream", null, live);
    List<ServerSentEvent<String>> history = new CopyOnWriteArrayList<>();
    Disposable fromStart = subscribe(null, history);
    try {
      // The subscription may reach the service after a publication: publish until one arrives.
      AtomicLong sequence = new AtomicLong();
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                long next = sequence.incrementAndGet();
                publishScore("h" + next + "-" + RUN, "620800", next, "HQD-ECONOMY", "60");
                return !streamedFor(live, "620800").isEmpty();
              });

      assertThat(streamedFor(live, "620800"))
          .extracting(ServerSentEvent::data)
          .noneMatch(data -> data.contains("\"sourceEventId\":\"h0-" + RUN + "\""));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  streamedFor(history, "620800").stream()
                      .anyMatch(e -> e.data().contains("\"sourceEventId\":\"h0-" + RUN + "\"")));
    } finally {
      fromNow.dispose();
      fromStart.dispose();
    }
  }

  private Disposable subscribe(String lastEventId, List<ServerSentEvent<String>> into) {
    // From the start of the log: a live-only subscription might open after the first publication.
    return subscribe("/api/results/stream?after=0", lastEventId, into);
  }

  private Disposable subscribe(String uri, String lastEventId, List<ServerSentEvent<String>> into) {
    String token = token("dashboard");
    return WebClient.create("http://127.0.0.1:" + port)
        .get()
        .uri(uri)
        .accept(MediaType.TEXT_EVENT_STREAM)
        .headers(
            h -> {
              h.setBearerAuth(token);
              if (lastEventId != null) {
                h.set("Last-Event-ID", lastEventId);
              }
            })
        .retrieve()
        .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
        .filter(e -> e.data() != null)
        .subscribe(into::add);
  }

  private static List<ServerSentEvent<String>> streamedFor(
      List<ServerSentEvent<String>> streamed, String unit) {
    return streamed.stream()
        .filter(e -> e.data().contains("\"unitCode\":\"" + unit + "\""))
        .toList();
  }

  /** Whether a result of the unit caused by the event was published. */
  private static boolean caused(String unit, String eventId) {
    return resultsFor(unit).stream().anyMatch(e -> eventId.equals(e.extension("causationid")));
  }

  /** The latest unit result published about the unit. */
  private static java.util.Optional<UnitResultPublishedEvent> latest(String unit) {
    List<TypedCloudEvent> results =
        resultsFor(unit).stream()
            .filter(e -> e.data() instanceof UnitResultPublishedEvent)
            .toList();
    return results.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of((UnitResultPublishedEvent) results.get(results.size() - 1).data());
  }

  private static List<TypedCloudEvent> resultsFor(String unit) {
    return publishedResults.stream().filter(e -> unit.equals(e.subject())).toList();
  }

  private static void publishScore(
      String id, String unit, long sequence, String indicator, String value) {
    publishScore(
        id,
        unit,
        sequence,
        indicator,
        value,
        Map.of("aggregateid", unit + "-2026", "aggregatesequence", Long.toString(sequence)));
  }

  private static void publishScore(
      String id,
      String unit,
      long sequence,
      String indicator,
      String value,
      Map<String, String> extensions) {
    assessment.publishAndWait(
        Topics.ASSESSMENT_EVENTS,
        unit,
        ScoreEvents.score(
            id,
            unit,
            indicator,
            value,
            Instant.parse("2027-01-15T08:30:00Z").plusSeconds(sequence),
            extensions));
  }
}

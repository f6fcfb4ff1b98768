package org.kaohe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.net.URI;
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
import org.kaohe.events.EventCatalog;
import org.kaohe.events.Topics;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.results.UnitResultComputedEvent;
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
  void aRecordedScoreBecomesAResultOnKafkaAndOnTheStream() {
    List<ServerSentEvent<String>> streamed = new CopyOnWriteArrayList<>();
    Disposable subscription = subscribe(null, streamed);
    try {
      publishScore("e1-" + RUN, "621100", 0, "HQD-ECONOMY", "80");
      publishScore("e2-" + RUN, "621100", 1, "PARTY-BUILDING", "91");

      await().atMost(Duration.ofSeconds(30)).until(() -> resultsFor("621100").size() == 2);
      UnitResultComputedEvent latest = (UnitResultComputedEvent) resultsFor("621100").get(1).data();
      assertThat(latest.compositeScore()).isEqualByComparingTo("85.50");
      assertThat(latest.basedOnSequence()).isEqualTo(1);
      assertThat(resultsFor("621100").get(1).extension("causationid")).isEqualTo("e2-" + RUN);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> streamedFor(streamed, "621100").size() == 2);
      ServerSentEvent<String> last = streamedFor(streamed, "621100").get(1);
      assertThat(last.event()).isEqualTo("unit-result");
      assertThat(last.data()).contains("\"compositeScore\":85.50", "\"unitCode\":\"621100\"");
    } finally {
      subscription.dispose();
    }
  }

  @Test
  void aRedeliveredEventHasNoSecondEffect() {
    List<ServerSentEvent<String>> streamed = new CopyOnWriteArrayList<>();
    Disposable subscription = subscribe(null, streamed);
    try {
      publishScore("dup-" + RUN, "621200", 0, "HQD-ECONOMY", "70");
      publishScore("dup-" + RUN, "621200", 0, "HQD-ECONOMY", "70");
      publishScore("after-" + RUN, "621200", 1, "HQD-ECONOMY", "72");

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> streamedFor(streamed, "621200").size() == 2);
      await().atMost(Duration.ofSeconds(30)).until(() -> resultsFor("621200").size() >= 2);
      assertThat(streamedFor(streamed, "621200"))
          .extracting(ServerSentEvent::data)
          .allSatisfy(d -> assertThat(d).doesNotContain("\"basedOnSequence\":2"));
      assertThat(resultsFor("621200").stream().map(TypedCloudEvent::id).distinct()).hasSize(2);
    } finally {
      subscription.dispose();
    }
  }

  @Test
  void aSubscriberResumingWithLastEventIdGetsOnlyWhatItMissed() {
    List<ServerSentEvent<String>> first = new CopyOnWriteArrayList<>();
    Disposable subscription = subscribe(null, first);
    publishScore("r1-" + RUN, "621300", 0, "HQD-ECONOMY", "60");
    await().atMost(Duration.ofSeconds(30)).until(() -> streamedFor(first, "621300").size() == 1);
    subscription.dispose();
    String lastSeen = streamedFor(first, "621300").get(0).id();

    publishScore("r2-" + RUN, "621300", 1, "HQD-ECONOMY", "65");
    await().atMost(Duration.ofSeconds(30)).until(() -> resultsFor("621300").size() == 2);

    List<ServerSentEvent<String>> resumed = new CopyOnWriteArrayList<>();
    Disposable again = subscribe(lastSeen, resumed);
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> streamedFor(resumed, "621300").size() == 1);
      assertThat(streamedFor(resumed, "621300").get(0).data()).contains("\"basedOnSequence\":1");
      assertThat(resumed)
          .allSatisfy(
              e -> assertThat(Long.parseLong(e.id())).isGreaterThan(Long.parseLong(lastSeen)));
    } finally {
      again.dispose();
    }
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
                  "621400",
                  "not a cloud event".getBytes(StandardCharsets.UTF_8)))
          .get();
    }
    publishScore("noseq-" + RUN, "621400", 0, "HQD-ECONOMY", "50", Map.of());
    publishScore("p1-" + RUN, "621400", 0, "HQD-ECONOMY", "77");

    await().atMost(Duration.ofSeconds(30)).until(() -> resultsFor("621400").size() == 1);
    assertThat(resultsFor("621400").get(0).extension("causationid")).isEqualTo("p1-" + RUN);
    await().atMost(Duration.ofSeconds(30)).until(() -> parkedFor("621400").size() == 2);
    List<DeadLetter> parked = parkedFor("621400");
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
    DeadLetter withoutSequence = parked.get(1);
    assertThat(withoutSequence.eventId()).isEqualTo("noseq-" + RUN);
    assertThat(withoutSequence.eventType()).isEqualTo("org.kaohe.assessment.ScoreRecorded");
    assertThat(withoutSequence.reason())
        .isEqualTo("score event noseq-" + RUN + " has no aggregatesequence number: null");
    assertThat(withoutSequence.offset()).isEqualTo(unreadable.offset() + 1);
    assertThat(
            meters
                .get(CloudEventConsumer.DEAD_LETTERS_METER)
                .tag("group", "results-it-" + RUN)
                .tag("topic", Topics.ASSESSMENT_EVENTS)
                .counter()
                .count())
        .isEqualTo(2.0);
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
    publishScore("h1-" + RUN, "620800", 0, "HQD-ECONOMY", "50");
    await().atMost(Duration.ofSeconds(30)).until(() -> resultsFor("620800").size() == 1);

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
          .noneMatch(data -> data.contains("\"basedOnSequence\":0,"));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  streamedFor(history, "620800").stream()
                      .anyMatch(e -> e.data().contains("\"basedOnSequence\":0,")));
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
    ScoreRecordedEvent data =
        new ScoreRecordedEvent(
            RoundId.of(new UnitCode(unit), 2026),
            new UnitCode(unit),
            2026,
            new IndicatorCode(indicator),
            new BigDecimal(value),
            null,
            "li.wei",
            new AgencyCode("PROV-STATS"),
            Instant.parse("2027-01-15T08:30:00Z").plusSeconds(sequence));
    EventCatalog.EventType type = EventCatalog.forPayload(ScoreRecordedEvent.class).orElseThrow();
    assessment.publishAndWait(
        Topics.ASSESSMENT_EVENTS,
        unit,
        new TypedCloudEvent(
            id,
            URI.create("/kaohe/assessment-service"),
            type.type(),
            unit,
            data.recordedAt(),
            type.dataSchema(),
            data,
            extensions));
  }
}

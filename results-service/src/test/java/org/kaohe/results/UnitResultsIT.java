package org.kaohe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.Topics;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.cloudevents.CloudEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.results.UnitResultComputedEvent;
import org.kaohe.platform.embedded.LocalTokens;
import org.kaohe.platform.embedded.SharedInfrastructure;
import org.kaohe.platform.kafka.CloudEventConsumer;
import org.kaohe.platform.kafka.CloudEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/** The results service against the real embedded Kafka broker and MongoDB server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitResultsIT {
  private static final String RUN = Long.toString(System.nanoTime());
  private static final List<CloudEvent> publishedResults = new CopyOnWriteArrayList<>();
  private static CloudEventConsumer resultsListener;
  private static CloudEventPublisher assessment;

  @Value("${local.server.port}")
  int port;

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
            bootstrap,
            "results-listener-" + RUN,
            List.of(Topics.RESULTS_EVENTS),
            publishedResults::add);
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
      assertThat(resultsFor("621200").stream().map(CloudEvent::id).distinct()).hasSize(2);
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
  void aNewSubscriberStartsAtTheLiveHeadUnlessItAsksForHistory() {
    publishScore("h1-" + RUN, "621400", 0, "HQD-ECONOMY", "50");
    await().atMost(Duration.ofSeconds(30)).until(() -> resultsFor("621400").size() == 1);

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
                publishScore("h" + next + "-" + RUN, "621400", next, "HQD-ECONOMY", "60");
                return !streamedFor(live, "621400").isEmpty();
              });

      assertThat(streamedFor(live, "621400"))
          .extracting(ServerSentEvent::data)
          .noneMatch(data -> data.contains("\"basedOnSequence\":0,"));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  streamedFor(history, "621400").stream()
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
    String token =
        LocalTokens.mint(
            LocalTokens.DEFAULT_SECRET,
            "wall",
            "dashboard",
            null,
            Duration.ofMinutes(5),
            Clock.systemUTC());
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

  private static List<CloudEvent> resultsFor(String unit) {
    return publishedResults.stream().filter(e -> unit.equals(e.subject())).toList();
  }

  private static void publishScore(
      String id, String unit, long sequence, String indicator, String value) {
    ScoreRecordedEvent data =
        new ScoreRecordedEvent(
            unit + "-2026",
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
        new CloudEvent(
            id,
            URI.create("/kaohe/assessment-service"),
            type.type(),
            unit,
            data.recordedAt(),
            type.dataSchema(),
            data,
            Map.of("aggregateid", unit + "-2026", "aggregatesequence", Long.toString(sequence))));
  }
}

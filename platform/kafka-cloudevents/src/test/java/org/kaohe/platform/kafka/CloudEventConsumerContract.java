package org.kaohe.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.events.EventJson;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * Publisher and consumer against a real broker: the embedded KRaft broker and, where Docker exists,
 * the apache/kafka image.
 */
abstract class CloudEventConsumerContract {
  private static final AtomicInteger TOPICS = new AtomicInteger();
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private KafkaSettings settings;
  private final List<CloudEventConsumer> consumers = new CopyOnWriteArrayList<>();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private String topic;
  private CloudEventPublisher publisher;

  @BeforeEach
  void freshTopic() {
    settings = new KafkaSettings(bootstrapServers(), 2, (short) 1);
    topic = "consumer-it-" + TOPICS.incrementAndGet();
    TopicProvisioner.ensureTopics(settings, List.of(topic));
    publisher = new CloudEventPublisher(settings.bootstrapServers(), "consumer-it");
  }

  @AfterEach
  void close() {
    consumers.forEach(CloudEventConsumer::close);
    publisher.close();
  }

  @Test
  void deliversPublishedEventsWithTheirDataAndAttributes() {
    List<TypedCloudEvent> received = new CopyOnWriteArrayList<>();
    consume("group-a", received::add);

    publisher.publishAndWait(topic, "620100", event("e-1", "620100", "87.5"));

    await().atMost(PATIENCE).until(() -> received.size() == 1);
    TypedCloudEvent got = received.get(0);
    assertThat(got.id()).isEqualTo("e-1");
    assertThat(got.subject()).isEqualTo("620100");
    assertThat(got.extension("agency")).isEqualTo("PROV-STATS");
    assertThat(((ScoreRecordedEvent) got.data()).value()).isEqualByComparingTo("87.5");
  }

  @Test
  void anyCloudEventsConsumerReadsOurRecordsWithTheSdksOwnDeserializer() throws Exception {
    TypedCloudEvent sent = event("e-sdk", "620100", "87.5");
    publisher.publishAndWait(topic, "620100", sent);

    List<ConsumerRecord<String, CloudEvent>> read = new ArrayList<>();
    try (KafkaConsumer<String, CloudEvent> sdkConsumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "sdk-reader-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                CloudEventDeserializer.class))) {
      sdkConsumer.subscribe(List.of(topic));
      await()
          .atMost(PATIENCE)
          .until(
              () -> {
                sdkConsumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return !read.isEmpty();
              });
    }

    ConsumerRecord<String, CloudEvent> record = read.get(0);
    CloudEvent event = record.value();
    assertThat(record.key()).isEqualTo("620100");
    assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
    assertThat(event.getId()).isEqualTo("e-sdk");
    assertThat(event.getSource()).isEqualTo(URI.create("/kaohe/test"));
    assertThat(event.getType()).isEqualTo("org.kaohe.assessment.ScoreRecorded");
    assertThat(event.getSubject()).isEqualTo("620100");
    assertThat(event.getTime().toInstant()).isEqualTo(sent.time());
    assertThat(event.getDataContentType()).isEqualTo("application/json");
    assertThat(event.getExtension("agency")).isEqualTo("PROV-STATS");
    assertThat(event.getExtension("aggregatesequence")).isEqualTo("4");
    assertThat(EventJson.mapper().readTree(event.getData().toBytes()))
        .isEqualTo(EventJson.mapper().readTree(EventJson.write(sent.data())));
    assertThat(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
        .isEqualTo("e-sdk");
  }

  @Test
  void aFailingHandlerIsRetriedAndNoEventIsSkipped() {
    List<String> handled = new CopyOnWriteArrayList<>();
    consume("group-b", failingOnEachOf("e-2", 2, handled));

    for (String id : List.of("e-1", "e-2", "e-3")) {
      publisher.publishAndWait(topic, "620100", event(id, "620100", "80"));
    }

    await().atMost(PATIENCE).until(() -> handled.size() == 3);
    assertThat(handled).containsExactly("e-1", "e-2", "e-3");
    assertThat(consumers.get(0).deadLetters().total()).isZero();
  }

  @Test
  void aRestartedConsumerResumesAfterTheLastStoredEffect() {
    List<String> first = new CopyOnWriteArrayList<>();
    CloudEventConsumer consumer = consume("group-c", e -> first.add(e.id()));
    publisher.publishAndWait(topic, "620100", event("e-1", "620100", "80"));
    await().atMost(PATIENCE).until(() -> first.size() == 1);
    consumer.close();

    List<String> second = new CopyOnWriteArrayList<>();
    consume("group-c", e -> second.add(e.id()));
    publisher.publishAndWait(topic, "620100", event("e-2", "620100", "81"));

    await().atMost(PATIENCE).until(() -> second.size() == 1);
    assertThat(second).containsExactly("e-2");
  }

  @Test
  void poisonRecordsAreParkedCountedAndTheRecordsBehindThemStillApplied() throws Exception {
    List<String> handled = new CopyOnWriteArrayList<>();
    CloudEventConsumer consumer = consume("group-d", e -> handled.add(e.id()));

    publishNotACloudEvent();
    publisher.publishAndWait(
        topic,
        "620100",
        new TypedCloudEvent(
            "e-future",
            URI.create("/kaohe/future-service"),
            "org.kaohe.future.SomethingHappened",
            "620100",
            null,
            null,
            Map.of("answer", 42),
            Map.of()));
    publisher.publishAndWait(topic, "620100", event("e-after", "620100", "80"));

    await().atMost(PATIENCE).until(() -> handled.contains("e-after"));
    assertThat(handled).containsExactly("e-after");
    DeadLetterList parked = consumer.deadLetters();
    assertThat(parked.total()).isEqualTo(2);
    assertThat(parked.newest())
        .extracting(DeadLetter::topic, DeadLetter::key, DeadLetter::eventId, DeadLetter::reason)
        .containsExactly(
            tuple(
                topic,
                "620100",
                null,
                "not a CloudEvent at "
                    + topic
                    + "-"
                    + parked.newest().get(0).partition()
                    + "@"
                    + parked.newest().get(0).offset()
                    + ": Could not parse. Unknown encoding. Invalid content type or spec version"),
            tuple(
                topic,
                "620100",
                "e-future",
                "unknown event type org.kaohe.future.SomethingHappened"));
    assertThat(parked.newest().get(1).eventType()).isEqualTo("org.kaohe.future.SomethingHappened");
    assertThat(parked.newest().get(1).offset()).isEqualTo(parked.newest().get(0).offset() + 1);
    assertThat(
            meters
                .get(CloudEventConsumer.DEAD_LETTERS_METER)
                .tag("group", consumer.groupId())
                .tag("topic", topic)
                .counter()
                .count())
        .isEqualTo(2.0);
  }

  @Test
  void anEventItsHandlerCanNeverApplyIsParkedWithTheHandlersReason() {
    List<String> handled = new CopyOnWriteArrayList<>();
    CloudEventConsumer consumer =
        consume(
            "group-e",
            e -> {
              if (e.id().equals("e-1")) {
                throw new PoisonRecordException("e-1 names no round");
              }
              handled.add(e.id());
            });

    publisher.publishAndWait(topic, "620100", event("e-1", "620100", "80"));
    publisher.publishAndWait(topic, "620100", event("e-2", "620100", "81"));

    await().atMost(PATIENCE).until(() -> handled.contains("e-2"));
    DeadLetterList parked = consumer.deadLetters();
    assertThat(parked.newest())
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.eventId()).isEqualTo("e-1");
              assertThat(letter.reason()).isEqualTo("e-1 names no round");
            });
    assertThat(consumer.deadLetterTopics())
        .containsExactly(topic + "." + consumer.groupId() + ".dlt");
  }

  @Test
  void aPollsEventsReachTheHandlerTogetherAndAPoisonRecordAmongThemSplitsThem() throws Exception {
    for (String id : List.of("e-1", "e-2")) {
      publisher.publishAndWait(topic, "620100", event(id, "620100", "80"));
    }
    publishNotACloudEvent();
    for (String id : List.of("e-3", "e-4")) {
      publisher.publishAndWait(topic, "620100", event(id, "620100", "81"));
    }
    List<List<String>> calls = new CopyOnWriteArrayList<>();
    CloudEventConsumer consumer =
        consume(
            "group-f",
            new CloudEventHandler() {
              @Override
              public void handle(TypedCloudEvent event) {
                throw new UnsupportedOperationException("events come together");
              }

              @Override
              public void handleAll(List<TypedCloudEvent> events) {
                calls.add(events.stream().map(TypedCloudEvent::id).toList());
              }
            });

    await().atMost(PATIENCE).until(() -> calls.stream().mapToInt(List::size).sum() == 4);
    assertThat(calls.get(0)).containsExactly("e-1", "e-2");
    assertThat(calls.stream().flatMap(List::stream)).containsExactly("e-1", "e-2", "e-3", "e-4");
    assertThat(consumer.deadLetters().total()).isEqualTo(1);
  }

  @Test
  void aHandlerFailingPartWayThroughAPollIsRetriedFromTheEventThatFailed() {
    for (String id : List.of("e-1", "e-2", "e-3")) {
      publisher.publishAndWait(topic, "620100", event(id, "620100", "80"));
    }
    List<String> handled = new CopyOnWriteArrayList<>();
    CloudEventConsumer consumer = consume("group-g", failingOnEachOf("e-2", 1, handled));

    await().atMost(PATIENCE).until(() -> handled.size() >= 3);
    assertThat(handled).containsExactly("e-1", "e-2", "e-3");
    assertThat(consumer.deadLetters().total()).isZero();
  }

  protected abstract String bootstrapServers();

  /** A handler that fails on the event the first {@code times} times, and notes what it handled. */
  private static CloudEventHandler failingOnEachOf(
      String eventId, int times, List<String> handled) {
    AtomicInteger failuresLeft = new AtomicInteger(times);
    return e -> {
      if (e.id().equals(eventId) && failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("read model unavailable");
      }
      handled.add(e.id());
    };
  }

  private void publishNotACloudEvent() throws Exception {
    try (KafkaProducer<String, byte[]> raw =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", settings.bootstrapServers()),
            new StringSerializer(),
            new ByteArraySerializer())) {
      raw.send(new ProducerRecord<>(topic, "620100", "not a cloud event".getBytes())).get();
    }
  }

  private CloudEventConsumer consume(String group, CloudEventHandler handler) {
    CloudEventConsumer consumer =
        new CloudEventConsumer(settings, group + topic, List.of(topic), handler, meters);
    consumers.add(consumer);
    consumer.start();
    return consumer;
  }

  private static TypedCloudEvent event(String id, String unit, String value) {
    ScoreRecordedEvent data =
        new ScoreRecordedEvent(
            RoundId.of(new UnitCode(unit), 2026),
            new UnitCode(unit),
            2026,
            new IndicatorCode("HQD-ECONOMY"),
            new BigDecimal(value),
            null,
            "li.wei",
            new AgencyCode("PROV-STATS"),
            Instant.parse("2027-01-15T08:30:00Z"));
    return new TypedCloudEvent(
        id,
        URI.create("/kaohe/test"),
        "org.kaohe.assessment.ScoreRecorded",
        unit,
        data.recordedAt(),
        null,
        data,
        Map.of("agency", "PROV-STATS", "aggregatesequence", "4"));
  }
}

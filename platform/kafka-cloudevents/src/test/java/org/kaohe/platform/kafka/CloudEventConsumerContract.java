package org.kaohe.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.cloudevents.CloudEvent;
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
  private String bootstrap;
  private final List<CloudEventConsumer> consumers = new CopyOnWriteArrayList<>();
  private String topic;
  private CloudEventPublisher publisher;

  @BeforeEach
  void freshTopic() {
    bootstrap = bootstrapServers();
    topic = "consumer-it-" + TOPICS.incrementAndGet();
    TopicProvisioner.ensureTopics(new KafkaSettings(bootstrap, 2, (short) 1), List.of(topic));
    publisher = new CloudEventPublisher(bootstrap, "consumer-it");
  }

  @AfterEach
  void close() {
    consumers.forEach(CloudEventConsumer::close);
    publisher.close();
  }

  @Test
  void deliversPublishedEventsWithTheirDataAndAttributes() {
    List<CloudEvent> received = new CopyOnWriteArrayList<>();
    consume("group-a", received::add);

    publisher.publishAndWait(topic, "620100", event("e-1", "620100", "87.5"));

    await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
    CloudEvent got = received.get(0);
    assertThat(got.id()).isEqualTo("e-1");
    assertThat(got.subject()).isEqualTo("620100");
    assertThat(got.extension("agency")).isEqualTo("PROV-STATS");
    assertThat(((ScoreRecordedEvent) got.data()).value()).isEqualByComparingTo("87.5");
  }

  @Test
  void aFailingHandlerIsRetriedAndNoEventIsSkipped() {
    List<String> handled = new CopyOnWriteArrayList<>();
    AtomicInteger failuresLeft = new AtomicInteger(2);
    consume(
        "group-b",
        e -> {
          if (e.id().equals("e-2") && failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("read model unavailable");
          }
          handled.add(e.id());
        });

    for (String id : List.of("e-1", "e-2", "e-3")) {
      publisher.publishAndWait(topic, "620100", event(id, "620100", "80"));
    }

    await().atMost(Duration.ofSeconds(30)).until(() -> handled.size() == 3);
    assertThat(handled).containsExactly("e-1", "e-2", "e-3");
  }

  @Test
  void aRestartedConsumerResumesAfterTheLastStoredEffect() {
    List<String> first = new CopyOnWriteArrayList<>();
    CloudEventConsumer consumer = consume("group-c", e -> first.add(e.id()));
    publisher.publishAndWait(topic, "620100", event("e-1", "620100", "80"));
    await().atMost(Duration.ofSeconds(30)).until(() -> first.size() == 1);
    consumer.close();

    List<String> second = new CopyOnWriteArrayList<>();
    consume("group-c", e -> second.add(e.id()));
    publisher.publishAndWait(topic, "620100", event("e-2", "620100", "81"));

    await().atMost(Duration.ofSeconds(30)).until(() -> second.size() == 1);
    assertThat(second).containsExactly("e-2");
  }

  @Test
  void anUnreadableRecordIsPassedOverAndLaterEventsStillArrive() throws Exception {
    List<String> handled = new CopyOnWriteArrayList<>();
    consume("group-d", e -> handled.add(e.id()));

    try (KafkaProducer<String, byte[]> raw =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", bootstrap),
            new StringSerializer(),
            new ByteArraySerializer())) {
      raw.send(new ProducerRecord<>(topic, "620100", "not a cloud event".getBytes())).get();
    }
    publisher.publishAndWait(topic, "620100", event("e-after", "620100", "80"));

    await().atMost(Duration.ofSeconds(30)).until(() -> handled.contains("e-after"));
    assertThat(handled).containsExactly("e-after");
  }

  protected abstract String bootstrapServers();

  private CloudEventConsumer consume(String group, CloudEventHandler handler) {
    CloudEventConsumer consumer =
        new CloudEventConsumer(bootstrap, group + topic, List.of(topic), handler);
    consumers.add(consumer);
    consumer.start();
    return consumer;
  }

  private static CloudEvent event(String id, String unit, String value) {
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
    return new CloudEvent(
        id,
        URI.create("/kaohe/test"),
        "org.kaohe.assessment.ScoreRecorded",
        unit,
        data.recordedAt(),
        null,
        data,
        Map.of("agency", "PROV-STATS"));
  }
}

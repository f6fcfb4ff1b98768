package org.kaohe.platform.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kaohe.events.cloudevents.CloudEvent;
import org.kaohe.events.cloudevents.CloudEventsKafka;

/** Publishes CloudEvents with an idempotent producer that waits for every in-sync replica. */
public class CloudEventPublisher implements AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;

  public CloudEventPublisher(String bootstrapServers, String clientId) {
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG,
                clientId,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                5,
                ProducerConfig.LINGER_MS_CONFIG,
                2,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                60_000),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  public CompletableFuture<RecordMetadata> publish(String topic, String key, CloudEvent event) {
    CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
    producer.send(
        CloudEventsKafka.toRecord(topic, key, event),
        (metadata, error) -> {
          if (error == null) {
            acknowledged.complete(metadata);
          } else {
            acknowledged.completeExceptionally(error);
          }
        });
    return acknowledged;
  }

  /** Publishes and returns only once Kafka has acknowledged the record. */
  public RecordMetadata publishAndWait(String topic, String key, CloudEvent event) {
    try {
      return publish(topic, key, event).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaPublishException("interrupted while publishing " + event.id(), e);
    } catch (ExecutionException e) {
      throw new KafkaPublishException(
          "Kafka did not acknowledge " + event.type() + " " + event.id() + " on " + topic,
          e.getCause());
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}

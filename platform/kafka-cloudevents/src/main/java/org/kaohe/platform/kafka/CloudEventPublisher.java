package org.kaohe.platform.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes CloudEvents with an idempotent producer that waits for every in-sync replica, writing
 * each record with the CloudEvents SDK's Kafka serializer in binary content mode.
 */
public class CloudEventPublisher implements AutoCloseable {
  private final KafkaProducer<String, CloudEvent> producer;

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
            new CloudEventSerializer());
  }

  /** A record on its way to Kafka. */
  public record Sent(
      String topic, TypedCloudEvent event, CompletableFuture<RecordMetadata> acknowledged) {}

  /** Sends without waiting; records sent one after another keep their order per key. */
  public Sent send(String topic, String key, TypedCloudEvent event) {
    CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
    producer.send(
        new ProducerRecord<>(topic, key, CloudEventCodec.encode(event)),
        (metadata, error) -> {
          if (error == null) {
            acknowledged.complete(metadata);
          } else {
            acknowledged.completeExceptionally(error);
          }
        });
    return new Sent(topic, event, acknowledged);
  }

  /** Publishes and returns only once Kafka has acknowledged the record. */
  public RecordMetadata publishAndWait(String topic, String key, TypedCloudEvent event) {
    Sent sent = send(topic, key, event);
    awaitAll(List.of(sent));
    return sent.acknowledged().join();
  }

  /**
   * Returns once Kafka has acknowledged every record; throws for the first it did not. Records
   * still lingering in the producer's batches go out at once: whoever waits gains nothing from the
   * linger, which only gathers records sent without waiting.
   */
  public void awaitAll(List<Sent> records) {
    if (records.isEmpty()) {
      return;
    }
    producer.flush();
    for (Sent sent : records) {
      try {
        sent.acknowledged().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KafkaPublishException("interrupted while publishing " + sent.event().id(), e);
      } catch (ExecutionException e) {
        throw new KafkaPublishException(
            "Kafka did not acknowledge "
                + sent.event().type()
                + " "
                + sent.event().id()
                + " on "
                + sent.topic(),
            e.getCause());
      }
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}

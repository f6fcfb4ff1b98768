package org.kaohe.benchmarks.results;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.TopicProvisioner;

/**
 * Kafka's own latency on the same broker: a plain producer and a plain consumer (the client's
 * defaults: {@code acks=all}, idempotent, {@code linger.ms=5}; the consumer fetching as soon as a
 * byte is there) on a topic of their own with as many partitions as the services' topics, each
 * record shaped as a score event (its key, its headers, a value of its size), timed from the
 * producer's {@code send} to the consumer's {@code poll} returning it, both in this JVM.
 */
final class KafkaBaseline implements AutoCloseable {
  static final String TOPIC = "bench.kafka-latency";

  private final KafkaProducer<String, byte[]> producer;
  private final TopicTail tail;
  private final ConsumerRecord<String, byte[]> shape;
  private final Map<Long, Long> sentNanos = new ConcurrentHashMap<>();
  private final List<Long> latencies = new ArrayList<>();
  private long next;

  KafkaBaseline(String bootstrapServers, ConsumerRecord<String, byte[]> shape) {
    this.shape = shape;
    TopicProvisioner.ensureTopics(new KafkaSettings(bootstrapServers, null, null), List.of(TOPIC));
    producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new ByteArraySerializer());
    tail =
        new TopicTail(
            bootstrapServers,
            List.of(TOPIC),
            "kafka-baseline",
            (record, receivedNanos) -> {
              Long sent = sentNanos.remove(ByteBuffer.wrap(record.value()).getLong());
              if (sent != null) {
                synchronized (latencies) {
                  latencies.add(receivedNanos - sent);
                }
              }
            });
  }

  /** Sends one record: the score event's key, headers and size, a sequence number in front. */
  synchronized void send() {
    long sequence = next++;
    byte[] value = new byte[Math.max(Long.BYTES, shape.value().length)];
    ByteBuffer.wrap(value).putLong(sequence);
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(TOPIC, null, shape.key(), value, shape.headers());
    sentNanos.put(sequence, System.nanoTime());
    producer.send(record);
  }

  /** The latencies measured so far, in nanoseconds, and forgets them. */
  long[] drain() {
    synchronized (latencies) {
      long[] all = latencies.stream().mapToLong(Long::longValue).toArray();
      latencies.clear();
      return all;
    }
  }

  /** Records sent and not received (yet). */
  int outstanding() {
    return sentNanos.size();
  }

  @Override
  public void close() {
    tail.close();
    producer.close(Duration.ofSeconds(5));
  }
}

package org.kaohe.benchmarks.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain consumer reading every partition of some topics from their ends as they stand when it is
 * made, on a thread of its own, handing each record to a handler with the {@link System#nanoTime}
 * its poll returned. No consumer group: nothing to join or rebalance, so it reads from the first
 * record produced after it was made.
 */
final class TopicTail implements AutoCloseable {

  interface Handler {
    void handle(ConsumerRecord<String, byte[]> record, long receivedNanos);
  }

  private final KafkaConsumer<String, byte[]> consumer;

  TopicTail(String bootstrapServers, List<String> topics, String threadName, Handler handler) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      consumer
          .partitionsFor(topic)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    // Resolves the end offsets now, before anything is produced.
    partitions.forEach(consumer::position);
    Thread poller = new Thread(() -> poll(handler), threadName);
    poller.setDaemon(true);
    poller.start();
  }

  private void poll(Handler handler) {
    try {
      while (true) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          handler.handle(record, System.nanoTime());
        }
      }
    } catch (WakeupException closing) {
      // close() wakes the consumer up to end the loop.
    } finally {
      consumer.close();
    }
  }

  @Override
  public void close() {
    consumer.wakeup();
  }
}

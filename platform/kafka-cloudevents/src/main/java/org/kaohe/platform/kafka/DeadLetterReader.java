package org.kaohe.platform.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Reads dead-letter topics from their end without joining a consumer group, so looking never moves
 * any group's offsets.
 */
final class DeadLetterReader {
  static final int NEWEST = 100;
  static final String REASON_HEADER = "kaohe_dlt-reason";
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  private final String bootstrapServers;

  DeadLetterReader(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  DeadLetterList read(Collection<String> topics) {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        for (PartitionInfo info : consumer.partitionsFor(topic, READ_TIMEOUT)) {
          partitions.add(new TopicPartition(topic, info.partition()));
        }
      }
      consumer.assign(partitions);
      Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, READ_TIMEOUT);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
      long total = 0;
      for (TopicPartition partition : partitions) {
        total += ends.get(partition) - beginnings.get(partition);
        consumer.seek(partition, Math.max(beginnings.get(partition), ends.get(partition) - NEWEST));
      }
      List<DeadLetter> letters = new ArrayList<>();
      long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
      while (!reachedEnd(consumer, partitions, ends) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> letters.add(letter(record)));
      }
      List<DeadLetter> newest =
          letters.stream()
              .sorted(Comparator.comparing(DeadLetter::parkedAt))
              .skip(Math.max(0, letters.size() - NEWEST))
              .toList();
      return new DeadLetterList(total, newest);
    }
  }

  /** The header that says why a record was parked, added to the record as it is parked. */
  static Headers reasonHeader(ConsumerRecord<?, ?> record, Exception failure) {
    return new RecordHeaders().add(REASON_HEADER, reason(failure).getBytes(StandardCharsets.UTF_8));
  }

  /** The message of the poison, or else of the deepest cause, of a failure. */
  static String reason(Throwable failure) {
    Throwable deepest = failure;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PoisonRecordException) {
        return t.getMessage();
      }
      deepest = t;
    }
    return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
  }

  private static boolean reachedEnd(
      KafkaConsumer<?, ?> consumer,
      List<TopicPartition> partitions,
      Map<TopicPartition, Long> ends) {
    return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
  }

  private static DeadLetter letter(ConsumerRecord<String, byte[]> record) {
    Headers headers = record.headers();
    return new DeadLetter(
        text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC),
        ByteBuffer.wrap(headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value()).getInt(),
        ByteBuffer.wrap(headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong(),
        record.key(),
        text(headers, "ce_id"),
        text(headers, "ce_type"),
        text(headers, REASON_HEADER),
        Instant.ofEpochMilli(record.timestamp()));
  }

  private static String text(Headers headers, String name) {
    return CloudEventCodec.text(headers.lastHeader(name));
  }
}

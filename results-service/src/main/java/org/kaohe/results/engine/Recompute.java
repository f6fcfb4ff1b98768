package org.kaohe.results.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.kaohe.events.Topics;
import org.kaohe.platform.kafka.CloudEventCodec;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.PoisonRecordException;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.results.inputs.InputChanges;
import org.kaohe.results.inputs.MemoryInputs;
import org.kaohe.results.log.CurrentResults;

/**
 * Rebuilds every result of a year from the topics alone, read from their first record to their end
 * as they stand when it starts, into memory beside the live results, and compares the two: every
 * subject whose result differs is a difference (none is expected, bit for bit). The checksum is a
 * SHA-256 over the year's result ids in subject order, the same on any machine for the same events.
 */
public final class Recompute {
  static final List<String> TOPICS = List.of(Topics.ASSESSMENT_EVENTS, Topics.SURVEY_EVENTS);

  /** Records decoded as one task: a poll of 5,000 gives every core work. */
  private static final int BATCH = 500;

  /** Decoded batches waiting to be applied, at most. */
  private static final int IN_FLIGHT = 8;

  private static final int DECODERS = Runtime.getRuntime().availableProcessors();
  private final KafkaSettings kafka;
  private final InputChanges changes;
  private final YearResults years;
  private final CurrentResults current;

  public Recompute(
      KafkaSettings kafka, InputChanges changes, YearResults years, CurrentResults current) {
    this.kafka = kafka;
    this.changes = changes;
    this.years = years;
    this.current = current;
  }

  /** A subject whose recomputed result is not its live one (either may be absent). */
  public record Difference(String subject, String liveResultId, String recomputedResultId) {}

  /** What a recomputation found. */
  public record Report(
      int year, long eventsRead, int compared, List<Difference> differences, String checksum) {}

  public Report run(int year) {
    MemoryInputs inputs = new MemoryInputs();
    long read = readAll(inputs);
    SortedMap<String, String> recomputed = new TreeMap<>();
    years
        .compute(inputs, year)
        .forEach((key, computed) -> recomputed.put(key, computed.resultId()));
    SortedMap<String, String> live = liveIds(year);
    Set<String> subjects = new TreeSet<>(recomputed.keySet());
    subjects.addAll(live.keySet());
    List<Difference> differences = new ArrayList<>();
    for (String subject : subjects) {
      String was = live.get(subject);
      String now = recomputed.get(subject);
      if (was == null || !was.equals(now)) {
        differences.add(new Difference(subject, was, now));
      }
    }
    return new Report(year, read, subjects.size(), differences, checksum(recomputed));
  }

  /**
   * The settings a recomputation reads the topics with: partitions assigned by the reader, nothing
   * committed, 5,000 records per poll.
   */
  public static Map<String, Object> readerSettings(KafkaSettings kafka, String clientId) {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        kafka.bootstrapServers(),
        ConsumerConfig.CLIENT_ID_CONFIG,
        clientId,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
        false,
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
        5000);
  }

  /** The checksum of the live results of a year. */
  public String liveChecksum(int year) {
    return checksum(liveIds(year));
  }

  private SortedMap<String, String> liveIds(int year) {
    SortedMap<String, String> ids = new TreeMap<>();
    current.standings(year).forEach(standing -> ids.put(standing.key(), standing.resultId()));
    return ids;
  }

  static String checksum(SortedMap<String, String> resultIds) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (String line : YearResults.lines(resultIds)) {
        sha256.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * Applies every record of the input topics, from the first to the end as it is now. Records are
   * decoded on worker threads while the next ones are read, and applied on one thread in the order
   * they were read, as one consumer would apply them.
   */
  private long readAll(MemoryInputs inputs) {
    long[] read = {0};
    // The records' keys are never read: they stay bytes.
    try (KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(
                readerSettings(kafka, "results-recompute-" + UUID.randomUUID()),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        InOrderDecoding<ConsumerRecord<byte[], byte[]>, TypedCloudEvent> decoding =
            new InOrderDecoding<>(
                DECODERS,
                IN_FLIGHT,
                Recompute::decode,
                events -> {
                  for (TypedCloudEvent event : events) {
                    changes.apply(inputs, event.id(), event.data());
                    read[0]++;
                  }
                })) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : TOPICS) {
        consumer
            .partitionsFor(topic)
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        ConsumerRecords<byte[], byte[]> polled = consumer.poll(Duration.ofMillis(500));
        List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>(BATCH);
        for (TopicPartition partition : polled.partitions()) {
          long endOffset = end.get(partition);
          for (ConsumerRecord<byte[], byte[]> record : polled.records(partition)) {
            if (record.offset() >= endOffset) {
              break;
            }
            batch.add(record);
            if (batch.size() == BATCH) {
              decoding.submit(batch);
              batch = new ArrayList<>(BATCH);
            }
          }
        }
        if (!batch.isEmpty()) {
          decoding.submit(batch);
        }
      }
      decoding.finish();
    }
    return read[0];
  }

  /** The records' events; a poison record is left out, as the live consumer parked it. */
  private static List<TypedCloudEvent> decode(List<ConsumerRecord<byte[], byte[]>> records) {
    List<TypedCloudEvent> events = new ArrayList<>(records.size());
    for (ConsumerRecord<byte[], byte[]> record : records) {
      try {
        events.add(CloudEventCodec.read(record));
      } catch (PoisonRecordException poison) {
        // it never entered any result
      }
    }
    return events;
  }
}

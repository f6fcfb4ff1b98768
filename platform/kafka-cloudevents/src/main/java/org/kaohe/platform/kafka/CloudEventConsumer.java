package org.kaohe.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.kaohe.events.cloudevents.CloudEvent;
import org.kaohe.events.cloudevents.CloudEventsKafka;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes CloudEvents on its own thread and commits an offset only after the handler has stored
 * the event's effect. A handler failure rewinds to the failed record and retries it after a pause,
 * so no event is skipped; a record that is not a readable CloudEvent can never succeed and is
 * logged with its position and passed over.
 */
public class CloudEventConsumer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CloudEventConsumer.class);
  private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Collection<String> topics;
  private final CloudEventHandler handler;
  private final Thread thread;
  private volatile boolean running = true;

  public CloudEventConsumer(
      String bootstrapServers,
      String groupId,
      Collection<String> topics,
      CloudEventHandler handler) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
    this.consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    this.topics = topics;
    this.handler = handler;
    this.thread = new Thread(this::run, "cloudevents-" + groupId);
  }

  public void start() {
    thread.start();
  }

  private void run() {
    try {
      consumer.subscribe(topics);
      while (running) {
        process(consumer.poll(Duration.ofMillis(500)));
      }
    } catch (WakeupException stopping) {
      // close() woke the poll; fall through to close the consumer.
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void process(ConsumerRecords<String, byte[]> records) {
    List<TopicPartition> partitions = new ArrayList<>(records.partitions());
    for (int i = 0; i < partitions.size(); i++) {
      if (!processPartition(records, partitions.get(i))) {
        // The poll moved past the records of the partitions not reached yet: rewind them too.
        for (TopicPartition later : partitions.subList(i + 1, partitions.size())) {
          consumer.seek(later, records.records(later).get(0).offset());
        }
        pause();
        return;
      }
    }
  }

  /** Returns false when a record failed and its partition was rewound to retry it. */
  private boolean processPartition(
      ConsumerRecords<String, byte[]> records, TopicPartition partition) {
    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
      if (!running) {
        return false;
      }
      try {
        handle(record);
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
      } catch (WakeupException e) {
        throw e;
      } catch (Exception e) {
        log.warn("event at {} failed, will retry: {}", position(record), e.toString());
        consumer.seek(partition, record.offset());
        return false;
      }
    }
    return true;
  }

  private void handle(ConsumerRecord<String, byte[]> record) throws Exception {
    CloudEvent event;
    try {
      event = CloudEventsKafka.fromRecord(record);
    } catch (RuntimeException unreadable) {
      log.error(
          "passing over unreadable record at {}: {}", position(record), unreadable.toString());
      return;
    }
    handler.handle(event);
  }

  private void pause() {
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static String position(ConsumerRecord<?, ?> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

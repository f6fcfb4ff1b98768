package org.kaohe.platform.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Consumes CloudEvents in a Spring for Apache Kafka listener container and commits a poll's offsets
 * only after the handler has returned, that is after the events' effects are stored. The handler
 * receives each poll's events together ({@link CloudEventHandler#handleAll}), so one that falls
 * behind can catch up by storing the effects of many events at once.
 *
 * <p>A handler failure is retried on the same record, waiting 0.5 s at first and at most 10 s
 * between tries, so a storage outage delays events but never skips one; the records behind it on
 * its partition wait. A record that can never be applied ({@link PoisonRecordException}: not a
 * CloudEvent, a type outside the catalogue, data that does not fit its type) is parked at once in
 * the group's dead-letter topic {@link #deadLetterTopic}, its key, value and headers kept and the
 * reason added, counted in {@value #DEAD_LETTERS_METER}, and the partition goes on with the next
 * record.
 */
public class CloudEventConsumer implements AutoCloseable {
  public static final String DEAD_LETTERS_METER = "kaohe.kafka.dead.letters";
  private static final Logger log = LoggerFactory.getLogger(CloudEventConsumer.class);
  private static final Duration FIRST_RETRY = Duration.ofMillis(500);
  private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

  private final KafkaSettings settings;
  private final String groupId;
  private final List<String> topics;
  private final DefaultKafkaProducerFactory<String, byte[]> deadLetterProducers;
  private final ConcurrentMessageListenerContainer<String, byte[]> container;

  public CloudEventConsumer(
      KafkaSettings settings,
      String groupId,
      Collection<String> topics,
      CloudEventHandler handler,
      MeterRegistry meters) {
    this.settings = settings;
    this.groupId = groupId;
    this.topics = List.copyOf(topics);
    this.deadLetterProducers =
        new DefaultKafkaProducerFactory<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true),
            new StringSerializer(),
            new ByteArraySerializer());
    ContainerProperties properties = new ContainerProperties(this.topics.toArray(String[]::new));
    properties.setGroupId(groupId);
    properties.setClientId("cloudevents-" + groupId);
    properties.setAckMode(ContainerProperties.AckMode.BATCH);
    // Handlers give a redelivered event no second effect, so the partition need not stop for each
    // commit's round trip to the broker: a commit lost in a crash only means a redelivery.
    properties.setSyncCommits(false);
    properties.setMessageListener(
        (BatchMessageListener<String, byte[]>) records -> consume(records, handler));
    this.container =
        new ConcurrentMessageListenerContainer<>(
            new DefaultKafkaConsumerFactory<>(
                Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    settings.bootstrapServers(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    "earliest",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                    "read_committed",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                    200),
                new StringDeserializer(),
                new ByteArrayDeserializer()),
            properties);
    container.setCommonErrorHandler(errorHandler(meters));
    container.setBeanName("cloudevents-" + groupId);
  }

  /**
   * Hands the poll's events, up to the first record that is not one, to the handler; that record is
   * reported once the events before it are stored, and the error handler parks it and delivers the
   * records behind it again.
   */
  private static void consume(
      List<ConsumerRecord<String, byte[]>> records, CloudEventHandler handler) {
    List<TypedCloudEvent> run = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      try {
        run.add(CloudEventCodec.read(records.get(i)));
      } catch (PoisonRecordException poison) {
        handle(records, run, handler);
        throw new BatchListenerFailedException(poison.getMessage(), poison, records.get(i));
      }
    }
    handle(records, run, handler);
  }

  private static void handle(
      List<ConsumerRecord<String, byte[]>> records,
      List<TypedCloudEvent> run,
      CloudEventHandler handler) {
    if (run.isEmpty()) {
      return;
    }
    try {
      handler.handleAll(run);
    } catch (CloudEventHandler.FailedEvent failed) {
      throw new BatchListenerFailedException(
          failed.getMessage(), failed.getCause(), records.get(failed.index()));
    } catch (RuntimeException failure) {
      throw new BatchListenerFailedException(failure.getMessage(), failure, records.get(0));
    }
  }

  /** Where the group {@code groupId} parks the records of {@code topic} it can never apply. */
  public static String deadLetterTopic(String topic, String groupId) {
    return topic + "." + groupId + ".dlt";
  }

  public String groupId() {
    return groupId;
  }

  public List<String> deadLetterTopics() {
    return topics.stream().map(topic -> deadLetterTopic(topic, groupId)).toList();
  }

  /** Creates the dead-letter topics, then starts consuming. */
  public void start() {
    TopicProvisioner.ensureTopics(settings, deadLetterTopics());
    container.start();
  }

  /** The records this group has parked, newest last. */
  public DeadLetterList deadLetters() {
    return new DeadLetterReader(settings.bootstrapServers()).read(deadLetterTopics());
  }

  private DefaultErrorHandler errorHandler(MeterRegistry meters) {
    DeadLetterPublishingRecoverer parking =
        new DeadLetterPublishingRecoverer(
            new KafkaTemplate<>(deadLetterProducers),
            (record, failure) -> new TopicPartition(deadLetterTopic(record.topic(), groupId), -1));
    parking.addHeadersFunction(DeadLetterReader::reasonHeader);
    DefaultErrorHandler handler =
        new DefaultErrorHandler(
            (record, failure) -> {
              parking.accept(record, failure);
              counter(meters, record).increment();
              log.warn(
                  "parked {} in {}: {}",
                  CloudEventCodec.position(record),
                  deadLetterTopic(record.topic(), groupId),
                  DeadLetterReader.reason(failure));
            },
            backOff());
    handler.addNotRetryableExceptions(PoisonRecordException.class);
    return handler;
  }

  private Counter counter(MeterRegistry meters, ConsumerRecord<?, ?> record) {
    return Counter.builder(DEAD_LETTERS_METER)
        .description("Records parked in a dead-letter topic because they can never be applied")
        .tag("group", groupId)
        .tag("topic", record.topic())
        .register(meters);
  }

  private static ExponentialBackOff backOff() {
    ExponentialBackOff backOff = new ExponentialBackOff(FIRST_RETRY.toMillis(), 2.0);
    backOff.setMaxInterval(LONGEST_RETRY.toMillis());
    return backOff;
  }

  @Override
  public void close() {
    container.stop();
    deadLetterProducers.destroy();
  }
}

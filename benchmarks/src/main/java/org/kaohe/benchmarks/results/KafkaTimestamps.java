package org.kaohe.benchmarks.results;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.kaohe.events.Topics;

/**
 * Reads {@code assessment.events} and {@code results.events} from their ends, as any consumer of
 * the contracts could, for the timestamps of the hops between: each score event by the request that
 * caused it ({@code requestid}, the client's {@code X-Request-Id}), with its id and the time its
 * record was produced by the relay; and the time each unit result was produced, by the unit and the
 * event that caused it ({@code causationid}). The first score event is kept whole, as the shape of
 * the baseline's records.
 */
final class KafkaTimestamps implements AutoCloseable {
  private static final String ID = "ce_id";
  private static final String REQUEST_ID = "ce_requestid";
  private static final String CAUSATION_ID = "ce_causationid";

  /** A score event on {@code assessment.events}. */
  record ScoreEvent(String eventId, long producedMillis) {}

  private final TopicTail tail;
  private final Map<String, ScoreEvent> scoreEvents = new ConcurrentHashMap<>();
  private final Map<String, Long> resultsProduced = new ConcurrentHashMap<>();
  private final Map<String, Long> firstResultOfCause = new ConcurrentHashMap<>();
  private final CountDownLatch firstScoreEvent = new CountDownLatch(1);
  private volatile ConsumerRecord<String, byte[]> sample;

  KafkaTimestamps(String bootstrapServers) {
    tail =
        new TopicTail(
            bootstrapServers,
            List.of(Topics.ASSESSMENT_EVENTS, Topics.RESULTS_EVENTS),
            "kafka-timestamps",
            (record, receivedNanos) -> read(record));
  }

  private void read(ConsumerRecord<String, byte[]> record) {
    if (record.topic().equals(Topics.ASSESSMENT_EVENTS)) {
      String requestId = header(record, REQUEST_ID);
      if (requestId != null) {
        scoreEvents.putIfAbsent(requestId, new ScoreEvent(header(record, ID), record.timestamp()));
        if (sample == null) {
          sample = record;
          firstScoreEvent.countDown();
        }
      }
    } else {
      String causation = header(record, CAUSATION_ID);
      if (causation != null && record.key() != null) {
        resultsProduced.putIfAbsent(ResultStream.key(record.key(), causation), record.timestamp());
        firstResultOfCause.putIfAbsent(causation, record.timestamp());
      }
    }
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** The first score event read, waiting for it up to the timeout. */
  ConsumerRecord<String, byte[]> sample(Duration timeout) throws InterruptedException {
    if (!firstScoreEvent.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(
          "no score event on "
              + Topics.ASSESSMENT_EVENTS
              + " within "
              + timeout.toSeconds()
              + " s");
    }
    return sample;
  }

  /** The score event the request caused, or null if it has not been read (yet). */
  ScoreEvent scoreEvent(String requestId) {
    return scoreEvents.get(requestId);
  }

  /** When the unit's result caused by the event was produced to Kafka, or null. */
  Long resultProduced(String unitCode, String causationId) {
    return resultsProduced.get(ResultStream.key(unitCode, causationId));
  }

  /**
   * How many events the results service handled between the two instants (epoch milliseconds): the
   * events whose first result was produced then.
   */
  long eventsHandledBetween(double fromMillis, double toMillis) {
    return firstResultOfCause.values().stream()
        .filter(at -> at >= fromMillis && at < toMillis)
        .count();
  }

  @Override
  public void close() {
    tail.close();
  }
}

package org.kaohe.benchmarks.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.Topics;
import org.kaohe.events.results.UnitResultPublishedEvent;

/**
 * Reads {@code assessment.events} and {@code results.events} from their ends, as any consumer of
 * the contracts could, for the timestamps of the hops between: each score event by the request that
 * caused it ({@code requestid}, the client's {@code X-Request-Id}), with its id and the time its
 * record was produced by the relay; and the time the first unit result reflecting each event was
 * produced (the events a result names, {@link ResultStream#eventIds}), by the unit and the event.
 * The first score event is kept whole, as the shape of the baseline's records.
 */
final class KafkaTimestamps implements AutoCloseable {
  private static final String ID = "ce_id";
  private static final String REQUEST_ID = "ce_requestid";
  private static final String TYPE = "ce_type";
  private static final String UNIT_RESULT =
      EventCatalog.forPayload(UnitResultPublishedEvent.class).orElseThrow().type();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A score event on {@code assessment.events}. */
  record ScoreEvent(String eventId, long producedMillis) {}

  private final TopicTail tail;
  private final Map<String, ScoreEvent> scoreEvents = new ConcurrentHashMap<>();
  private final Map<String, Long> resultsProduced = new ConcurrentHashMap<>();
  private final Map<String, Long> firstResultReflecting = new ConcurrentHashMap<>();
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
      String type = header(record, TYPE);
      if (UNIT_RESULT.equals(type) && record.key() != null) {
        for (String eventId : ResultStream.eventIds(json(record.value()))) {
          resultsProduced.putIfAbsent(ResultStream.key(record.key(), eventId), record.timestamp());
          firstResultReflecting.putIfAbsent(eventId, record.timestamp());
        }
      }
    }
  }

  private static JsonNode json(byte[] value) {
    try {
      return JSON.readTree(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  /** When the unit's first result reflecting the event was produced to Kafka, or null. */
  Long resultProduced(String unitCode, String eventId) {
    return resultsProduced.get(ResultStream.key(unitCode, eventId));
  }

  /**
   * How many score events the results service handled between the two instants (epoch
   * milliseconds): those whose first result reflecting them was produced then.
   */
  long eventsHandledBetween(double fromMillis, double toMillis) {
    Set<String> scoreEventIds =
        scoreEvents.values().stream().map(ScoreEvent::eventId).collect(Collectors.toSet());
    return firstResultReflecting.entrySet().stream()
        .filter(e -> scoreEventIds.contains(e.getKey()))
        .filter(e -> e.getValue() >= fromMillis && e.getValue() < toMillis)
        .count();
  }

  @Override
  public void close() {
    tail.close();
  }
}

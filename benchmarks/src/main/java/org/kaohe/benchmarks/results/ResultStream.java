package org.kaohe.benchmarks.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A dashboard subscribed to {@code GET /api/results/stream} through the gateway, as the dashboard
 * page subscribes: for each unit result, when its {@code data:} line arrived ({@link
 * System#nanoTime}), keyed by the unit and each event the result reflects: the one that caused it
 * ({@code sourceEventId}) and those its derivation names ({@link #eventIds}). The results service
 * handles the events that wait for it together, so one result may be the first to reflect several
 * changes, each caused by an event it names in its derivation. A unit's change also changes the
 * ranks of its peer group, so results of other units carry the same source event: the unit tells
 * them apart.
 *
 * <p>The reading thread only notes when each frame arrived; frames are read as JSON when the
 * arrivals are asked for, after the measured changes, so that reading one frame of a burst never
 * delays the time noted for the next.
 */
final class ResultStream implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATA = "data:";

  private final Map<String, Long> arrivals = new HashMap<>();
  private final Queue<Frame> unread = new ConcurrentLinkedQueue<>();
  private final AtomicLong frames = new AtomicLong();
  private final CountDownLatch connected = new CountDownLatch(1);
  private final Thread reader;
  private volatile Stream<String> lines;
  private volatile Exception failure;

  ResultStream(String gatewayUrl, String bearerToken) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/results/stream?kind=unit"))
            .header("Authorization", "Bearer " + bearerToken)
            .header("Accept", "text/event-stream")
            .build();
    reader =
        new Thread(
            () -> {
              try {
                HttpResponse<Stream<String>> response =
                    http.send(request, HttpResponse.BodyHandlers.ofLines());
                if (response.statusCode() != 200) {
                  throw new IllegalStateException(
                      "the result stream answered " + response.statusCode());
                }
                lines = response.body();
                connected.countDown();
                boolean unitResult = false;
                for (String line : (Iterable<String>) lines::iterator) {
                  long now = System.nanoTime();
                  if (line.startsWith("event:")) {
                    unitResult = line.substring(6).trim().equals("unit-result");
                  } else if (line.startsWith(DATA) && unitResult) {
                    frames.incrementAndGet();
                    unread.add(new Frame(now, line));
                  }
                }
              } catch (IOException | RuntimeException e) {
                failure = e;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "result-stream");
    reader.setDaemon(true);
    reader.start();
  }

  /** A unit result's {@code data:} line, and when it arrived. */
  private record Frame(long arrivedNanos, String line) {}

  /** Reads the frames that arrived since the last call, in the order they arrived. */
  private synchronized void readArrived() {
    for (Frame frame = unread.poll(); frame != null; frame = unread.poll()) {
      try {
        JsonNode result = JSON.readTree(frame.line().substring(DATA.length()));
        String unitCode = result.get("unitCode").asText();
        for (String eventId : eventIds(result)) {
          arrivals.putIfAbsent(key(unitCode, eventId), frame.arrivedNanos());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("a unit result on the stream is not JSON", e);
      }
    }
  }

  /**
   * The events a published result reflects: the one that caused it and every one its derivation
   * names, at any depth (components, their children, deductions, rules, adjustments).
   */
  static Set<String> eventIds(JsonNode result) {
    Set<String> ids = new HashSet<>();
    result.findValues("sourceEventId").forEach(id -> ids.add(id.asText()));
    result.findValues("sourceEventIds").forEach(list -> list.forEach(id -> ids.add(id.asText())));
    return ids;
  }

  static String key(String unitCode, String sourceEventId) {
    return unitCode + "|" + sourceEventId;
  }

  /**
   * Waits until the stream's headers have arrived: the service sends them at once, with the
   * stream's opening comment.
   */
  boolean awaitConnected(Duration timeout) throws InterruptedException {
    boolean answered = connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (failure != null) {
      throw new IllegalStateException("the result stream failed", failure);
    }
    return answered;
  }

  /** When the unit's first result reflecting that event arrived, or null. */
  synchronized Long arrival(String unitCode, String sourceEventId) {
    readArrived();
    return arrivals.get(key(unitCode, sourceEventId));
  }

  long unitResults() {
    return frames.get();
  }

  /** Why the stream ended before it was closed, or null. */
  Exception failure() {
    return failure;
  }

  @Override
  public void close() {
    Stream<String> open = lines;
    if (open != null) {
      open.close();
    }
    reader.interrupt();
  }
}

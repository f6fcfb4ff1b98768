package org.kaohe.benchmarks.results;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends score changes through the gateway, open loop: each call of {@link #sendNext} posts one
 * change without waiting for earlier ones to be answered, so a slow answer delays no later change.
 * The agency's changes are spread over several token subjects, since the gateway limits each
 * subject to 50 requests a second.
 */
final class ChangeLoad {
  private static final String SCORES = "/api/assessment/scores";

  /** One change sent: when, and how it was answered. */
  static final class Sent {
    final String requestId;
    final String unitCode;
    final long sentNanos;
    final boolean measured;
    volatile int status;
    volatile long answeredNanos;

    private Sent(String requestId, String unitCode, long sentNanos, boolean measured) {
      this.requestId = requestId;
      this.unitCode = unitCode;
      this.sentNanos = sentNanos;
      this.measured = measured;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI scores;
  private final ScoreChanges changes;
  private final List<String> bearerTokens;
  private final List<Sent> sent = new ArrayList<>();
  private final AtomicLong counter = new AtomicLong();
  private final String runId = Long.toString(System.currentTimeMillis(), 36);
  private volatile boolean measuring;
  private long skipped;

  ChangeLoad(String gatewayUrl, ScoreChanges changes, List<String> bearerTokens) {
    this.scores = URI.create(gatewayUrl + SCORES);
    this.changes = changes;
    this.bearerTokens = List.copyOf(bearerTokens);
  }

  /** From now on, changes sent count as measured. */
  void startMeasuring() {
    measuring = true;
  }

  void sendNext() {
    ScoreChanges.Change change = changes.next();
    if (change == null) {
      synchronized (this) {
        skipped++;
      }
      return;
    }
    long n = counter.getAndIncrement();
    String requestId = "latency-" + runId + "-" + n;
    HttpRequest request =
        HttpRequest.newBuilder(scores)
            .header("Authorization", "Bearer " + bearerTokens.get((int) (n % bearerTokens.size())))
            .header("Content-Type", "application/json")
            .header("X-Request-Id", requestId)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(change.body()))
            .build();
    Sent one = new Sent(requestId, change.unitCode(), System.nanoTime(), measuring);
    synchronized (this) {
      sent.add(one);
    }
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, error) -> {
              one.answeredNanos = System.nanoTime();
              one.status = error == null ? response.statusCode() : -1;
              if (one.status == 201) {
                changes.recorded(change.slot());
              } else {
                changes.failed(change.slot());
              }
            });
  }

  synchronized List<Sent> measured() {
    return sent.stream().filter(s -> s.measured).toList();
  }

  /** Turns when every score was still waiting for its previous change's answer. */
  synchronized long skipped() {
    return skipped;
  }
}

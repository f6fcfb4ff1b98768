package org.kaohe.results.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.kaohe.events.EventJson;
import org.kaohe.results.unitresult.LoggedResult;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/results/stream}: every result from the start of the log, or after the position in
 * {@code Last-Event-ID}, then live. A comment every 15 s keeps idle connections open through
 * proxies. Each event's data is the result's JSON exactly as on Kafka.
 */
@RestController
class ResultStreamController {
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
  private final LiveResults live;

  ResultStreamController(LiveResults live) {
    this.live = live;
  }

  @GetMapping(path = "/api/results/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<String>> stream(
      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
    Flux<ServerSentEvent<String>> results =
        live.after(lastEventId == null ? 0L : lastEventId)
            .map(
                logged ->
                    ServerSentEvent.builder(json(logged))
                        .id(Long.toString(logged.position()))
                        .event("unit-result")
                        .build());
    Flux<ServerSentEvent<String>> keepAlive =
        Flux.interval(KEEP_ALIVE)
            .map(tick -> ServerSentEvent.<String>builder().comment("keep-alive").build());
    return Flux.merge(results, keepAlive);
  }

  /** The same JSON as the event's data on Kafka. */
  private static String json(LoggedResult logged) {
    return new String(EventJson.write(logged.result()), StandardCharsets.UTF_8);
  }
}

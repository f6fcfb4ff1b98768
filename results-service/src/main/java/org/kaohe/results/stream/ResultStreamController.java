package org.kaohe.results.stream;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.kaohe.events.EventJson;
import org.kaohe.events.ids.Codes;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.web.Caller;
import org.kaohe.results.log.LoggedResult;
import org.kaohe.results.web.ResultReaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/results/stream}: the results logged from now on; or, to catch up first, those
 * after the position in {@code Last-Event-ID} (a reconnecting client) or in {@code ?after=} ({@code
 * ?after=0} for the whole history), then live. The header wins, so a reconnecting client that first
 * asked for history does not get it again. The stream opens with a comment, so that its headers
 * reach the client at once and a browser's {@code EventSource} reports it open before the first
 * result; a comment every 15 s keeps idle connections open through proxies. Each event's data is
 * the result's JSON exactly as on Kafka; an agency receives only the results of the units it is
 * responsible for, as it reads them one by one. Each caller may hold a few streams at once and the
 * service a bounded number in total ({@link StreamLimits}); beyond, 429.
 */
@RestController
class ResultStreamController {
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
  private static final ServerSentEvent<String> OPENED =
      ServerSentEvent.<String>builder().comment("open").build();
  private final LiveResults live;
  private final StreamSlots slots;
  private final ReferenceData reference;
  private final ResultReaders readers;

  ResultStreamController(
      LiveResults live, StreamSlots slots, ReferenceData reference, ResultReaders readers) {
    this.live = live;
    this.slots = slots;
    this.reference = reference;
    this.readers = readers;
  }

  // A refusal is answered here, typed explicitly: an exception would be rendered in the stream's
  // own media type, which the client negotiated, and not as problem+json.
  @GetMapping("/api/results/stream")
  ResponseEntity<?> stream(
      @RequestHeader(name = "Last-Event-ID", required = false) @Min(0) Long lastEventId,
      @RequestParam(name = "after", required = false) @Min(0) Long after,
      @RequestParam(name = "category", required = false) @Pattern(regexp = "[A-Z_]{1,32}")
          String category,
      @RequestParam(name = "unit", required = false) @Pattern(regexp = Codes.FORMAT) String unit,
      @RequestParam(name = "region", required = false) @Pattern(regexp = Codes.FORMAT)
          String region,
      @RequestParam(name = "kind", required = false) @Pattern(regexp = "unit|cadre") String kind,
      Caller caller) {
    Predicate<LoggedResult> wanted =
        filter(category, unit, region, kind)
            .and(
                readers.readsAll(caller)
                    ? logged -> true
                    : logged -> readers.reads(caller, logged.unitCode(), logged.year()));
    Long resumeAfter = lastEventId != null ? lastEventId : after;
    StreamSlots.Slot slot;
    try {
      slot = slots.acquire(caller.principal());
    } catch (ErrorResponseException refused) {
      return ResponseEntity.status(refused.getStatusCode())
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(refused.getBody());
    }
    Flux<ServerSentEvent<String>> results =
        (resumeAfter == null ? live.fromNow() : live.after(resumeAfter))
            .filter(wanted)
            .map(
                logged ->
                    ServerSentEvent.builder(json(logged))
                        .id(Long.toString(logged.position()))
                        .event("CADRE".equals(logged.kind()) ? "cadre-result" : "unit-result")
                        .build());
    Flux<ServerSentEvent<String>> keepAlive =
        Flux.interval(KEEP_ALIVE)
            .map(tick -> ServerSentEvent.<String>builder().comment("keep-alive").build());
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_EVENT_STREAM)
        .body(Flux.merge(results, keepAlive).startWith(OPENED).doFinally(signal -> slot.release()));
  }

  /**
   * Results of a unit category ({@code CITY}), of one unit (and its cadres), of a region (a city,
   * its counties and their cadres), of one kind ({@code unit} or {@code cadre}); all when none.
   */
  private Predicate<LoggedResult> filter(String category, String unit, String region, String kind) {
    return logged -> {
      Optional<AssessedUnit> of = reference.unit(logged.unitCode());
      return (kind == null || kind.toUpperCase(Locale.ROOT).equals(logged.kind()))
          && (unit == null || unit.equals(logged.unitCode()))
          && (category == null || of.map(u -> u.category().name().equals(category)).orElse(false))
          && (region == null
              || region.equals(logged.unitCode())
              || of.map(u -> u.parentCode() != null && region.equals(u.parentCode().value()))
                  .orElse(false));
    };
  }

  /** The same JSON as the event's data on Kafka. */
  private static String json(LoggedResult logged) {
    return new String(EventJson.write(logged.result()), StandardCharsets.UTF_8);
  }
}

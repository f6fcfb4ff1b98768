package org.kaohe.assessment.admin.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.kaohe.platform.kafka.KafkaRelay;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Rebuilds a projection from the start of the store: {@code POST
 * /api/assessment/admin/processors/{name}/replay}, then follow {@code GET
 * /api/assessment/admin/processors/{name}}. Event handlers see the replay as such, so outbound
 * effects (the Kafka relay) are never repeated; the relay itself is not a projection and is
 * refused.
 */
@RestController
class ProcessorAdminController {
  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;
  private final Clock clock;
  private final Map<String, Replay> replays = new ConcurrentHashMap<>();

  private record Replay(Instant startedAt, long fromPosition) {}

  ProcessorAdminController(
      EventProcessingConfiguration processing, EventStore eventStore, Clock clock) {
    this.processing = processing;
    this.eventStore = eventStore;
    this.clock = clock;
  }

  @PostMapping("/api/assessment/admin/processors/{name}/replay")
  Mono<ResponseEntity<ProcessorStatus>> replay(@PathVariable String name) {
    if (KafkaRelay.PROCESSING_GROUP.equals(name)) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT, name + " publishes events, it is not a projection to rebuild");
    }
    return Mono.fromCallable(
            () -> {
              StreamingEventProcessor processor = processor(name);
              processor.shutDown();
              processor.resetTokens();
              replays.put(name, new Replay(clock.instant(), 0));
              processor.start();
              return ResponseEntity.accepted().body(status(name, processor));
            })
        .subscribeOn(Schedulers.boundedElastic());
  }

  @GetMapping("/api/assessment/admin/processors/{name}")
  Mono<ProcessorStatus> status(@PathVariable String name) {
    return Mono.fromCallable(() -> status(name, processor(name)))
        .subscribeOn(Schedulers.boundedElastic());
  }

  private ProcessorStatus status(String name, StreamingEventProcessor processor) {
    long position =
        processor.processingStatus().values().stream()
            .map(EventTrackerStatus::getCurrentPosition)
            .mapToLong(p -> p.orElse(0L))
            .min()
            .orElse(0L);
    Replay replay = replays.get(name);
    double rate = 0;
    if (replay != null) {
      double seconds = Duration.between(replay.startedAt(), clock.instant()).toMillis() / 1000.0;
      rate = seconds > 0 ? (position - replay.fromPosition()) / seconds : 0;
    }
    return new ProcessorStatus(
        name,
        processor.isRunning(),
        processor.isReplaying(),
        position,
        positionOf(eventStore.createHeadToken()),
        replay == null ? null : replay.startedAt(),
        rate);
  }

  private StreamingEventProcessor processor(String name) {
    return processing
        .eventProcessor(name, StreamingEventProcessor.class)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "no event processor named " + name));
  }

  private static long positionOf(TrackingToken token) {
    return token == null ? 0L : token.position().orElse(0L);
  }
}

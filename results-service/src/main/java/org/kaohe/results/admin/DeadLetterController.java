package org.kaohe.results.admin;

import org.kaohe.platform.kafka.CloudEventConsumer;
import org.kaohe.platform.kafka.DeadLetterList;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/results/admin/dead-letters}: the records of the assessment and survey topics that
 * the service's consumer group parked because they can never be applied (not a CloudEvent, a type
 * it does not know, data that does not fit), with the total and the newest of them.
 */
@RestController
class DeadLetterController {
  private final CloudEventConsumer inputConsumer;

  DeadLetterController(CloudEventConsumer inputConsumer) {
    this.inputConsumer = inputConsumer;
  }

  @GetMapping("/api/results/admin/dead-letters")
  Mono<DeadLetterList> deadLetters() {
    return Mono.fromCallable(inputConsumer::deadLetters).subscribeOn(Schedulers.boundedElastic());
  }
}

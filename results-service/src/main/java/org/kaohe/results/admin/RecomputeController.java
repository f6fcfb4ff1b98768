package org.kaohe.results.admin;

import org.kaohe.events.validation.AssessmentYear;
import org.kaohe.results.engine.Recompute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/results/admin/recompute?year=}: rebuilds the year's results from the topics
 * beside the live ones and reports every difference and the checksum. Administrators only.
 */
@RestController
class RecomputeController {
  private final Recompute recompute;

  RecomputeController(Recompute recompute) {
    this.recompute = recompute;
  }

  @PostMapping("/api/results/admin/recompute")
  Mono<Recompute.Report> recompute(@RequestParam @AssessmentYear int year) {
    return Mono.fromCallable(() -> recompute.run(year)).subscribeOn(Schedulers.boundedElastic());
  }
}

package org.kaohe.assessment.veto.web;

import java.util.List;
import org.kaohe.assessment.veto.query.VetoCaseView;
import org.kaohe.assessment.veto.query.VetoCases;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Veto cases as the read model has them: shortly behind the writes, since the projection follows
 * the event store.
 */
@RestController
@RequestMapping(VetoWorkflowController.VETOES)
class VetoCaseController {
  private final VetoCases cases;

  VetoCaseController(VetoCases cases) {
    this.cases = cases;
  }

  @GetMapping("/{vetoId}")
  Mono<VetoCaseView> one(@PathVariable String vetoId) {
    return Mono.fromCallable(() -> cases.find(vetoId).orElse(null))
        .subscribeOn(Schedulers.boundedElastic())
        .switchIfEmpty(
            Mono.error(
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no veto case " + vetoId)));
  }

  @GetMapping
  Mono<List<VetoCaseView>> list(
      @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) Integer year) {
    return Mono.fromCallable(() -> cases.list(unitCode, year))
        .subscribeOn(Schedulers.boundedElastic());
  }
}

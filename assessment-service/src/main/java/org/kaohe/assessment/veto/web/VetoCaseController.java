package org.kaohe.assessment.veto.web;

import java.util.List;
import org.kaohe.assessment.veto.query.VetoCaseView;
import org.kaohe.assessment.veto.query.VetoCases;
import org.kaohe.assessment.visibility.ReadAccess;
import org.kaohe.assessment.visibility.Reader;
import org.kaohe.platform.web.Caller;
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
 * the event store. Each caller reads only the cases {@link ReadAccess} lets it.
 */
@RestController
@RequestMapping(VetoWorkflowController.VETOES)
class VetoCaseController {
  private final VetoCases cases;
  private final ReadAccess access;

  VetoCaseController(VetoCases cases, ReadAccess access) {
    this.cases = cases;
    this.access = access;
  }

  /** A case the caller may not read is answered as unknown: its mere existence is not theirs. */
  @GetMapping("/{vetoId}")
  Mono<VetoCaseView> one(@PathVariable String vetoId, Caller caller) {
    Reader reader = access.reader(caller);
    return Mono.fromCallable(
            () -> cases.find(vetoId).filter(found -> access.mayRead(reader, found)).orElse(null))
        .subscribeOn(Schedulers.boundedElastic())
        .switchIfEmpty(
            Mono.error(
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no veto case " + vetoId)));
  }

  @GetMapping
  Mono<List<VetoCaseView>> list(
      @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) Integer year,
      Caller caller) {
    Reader reader = access.reader(caller);
    return Mono.fromCallable(
            () ->
                cases.list(unitCode, year).stream()
                    .filter(found -> access.mayRead(reader, found))
                    .toList())
        .subscribeOn(Schedulers.boundedElastic());
  }
}

package org.kaohe.assessment.round.web;

import org.kaohe.assessment.round.query.AgencyWork;
import org.kaohe.assessment.round.query.RoundNotRecorded;
import org.kaohe.assessment.round.query.RoundQueries;
import org.kaohe.assessment.round.query.RoundView;
import org.kaohe.assessment.visibility.ReadAccess;
import org.kaohe.assessment.visibility.Reader;
import org.kaohe.platform.web.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/assessment/rounds/{unitCode}/{year}}: a round's current inputs with their source
 * and what is still missing per responsible agency. {@code GET
 * /api/assessment/agencies/{agency}/work?year=}: an agency's own submissions and outstanding work,
 * for that agency and the overseers. What each caller sees is {@link ReadAccess}'s to say. A round
 * nothing has been recorded for is 404.
 */
@RestController
class RoundQueriesController {
  private final RoundQueries queries;
  private final ReadAccess access;

  RoundQueriesController(RoundQueries queries, ReadAccess access) {
    this.queries = queries;
    this.access = access;
  }

  @GetMapping("/api/assessment/rounds/{unitCode}/{year}")
  Mono<RoundView> round(@PathVariable String unitCode, @PathVariable String year, Caller caller) {
    Reader reader = access.reader(caller);
    return Mono.fromCallable(
            () ->
                access.restrict(
                    queries.round(
                        unitCode,
                        year,
                        roundYear ->
                            access
                                .refusalOfRound(reader, unitCode, roundYear)
                                .ifPresent(
                                    refusal -> {
                                      throw new ResponseStatusException(
                                          HttpStatus.FORBIDDEN, refusal);
                                    })),
                    reader))
        .subscribeOn(Schedulers.boundedElastic());
  }

  @GetMapping("/api/assessment/agencies/{agency}/work")
  Mono<AgencyWork> work(@PathVariable String agency, @RequestParam String year, Caller caller) {
    if (!access.mayReadWorkOf(access.reader(caller), agency)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "an agency sees only its own work; this token is for "
              + caller.agency().orElse("no agency"));
    }
    return Mono.fromCallable(() -> queries.agencyWork(agency, year))
        .subscribeOn(Schedulers.boundedElastic());
  }

  @ExceptionHandler
  ProblemDetail notRecorded(RoundNotRecorded none) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, none.getMessage());
  }
}

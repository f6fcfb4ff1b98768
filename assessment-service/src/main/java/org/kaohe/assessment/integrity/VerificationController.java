package org.kaohe.assessment.integrity;

import org.kaohe.platform.eventstore.ChainVerifier;
import org.kaohe.platform.eventstore.VerificationReport;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/assessment/audit/verify}: recomputes the hash chains of one aggregate ({@code
 * ?aggregate=620100-2026}), a range of the global index ({@code ?from=1&to=5000}) or, with neither,
 * the whole store, and reports the first broken link or the head hashes. An aggregate without
 * stored events is not found rather than intact.
 */
@RestController
class VerificationController {
  private final ChainVerifier verifier;

  VerificationController(ChainVerifier verifier) {
    this.verifier = verifier;
  }

  @GetMapping("/api/assessment/audit/verify")
  Mono<VerificationReport> verify(
      @RequestParam(required = false) String aggregate,
      @RequestParam(required = false) Long from,
      @RequestParam(required = false) Long to) {
    if (aggregate != null && (from != null || to != null)) {
      throw badRequest("give either aggregate or from and to, not both");
    }
    if ((from == null) != (to == null)) {
      throw badRequest("from and to go together");
    }
    if (from != null && (from < 1 || to < from)) {
      throw badRequest("the range must satisfy 1 <= from <= to, got from=" + from + ", to=" + to);
    }
    return Mono.fromCallable(
            () -> {
              if (aggregate != null) {
                VerificationReport report = verifier.verifyAggregate(aggregate);
                if (report.eventsVerified() == 0 && report.intact()) {
                  // An empty chain is trivially intact: saying so would vouch for an aggregate
                  // that was mistyped, or whose every event was deleted. (A first event that
                  // fails its hash is verified as nothing too, but is reported as broken.)
                  throw new ResponseStatusException(
                      HttpStatus.NOT_FOUND, "no events are stored for aggregate " + aggregate);
                }
                return report;
              }
              return from != null ? verifier.verifyRange(from, to) : verifier.verifyAll();
            })
        .subscribeOn(Schedulers.boundedElastic());
  }

  private static ResponseStatusException badRequest(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }
}

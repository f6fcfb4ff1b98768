package org.kaohe.assessment.round.web;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.kaohe.assessment.round.application.RoundInputs;
import org.kaohe.assessment.round.application.RoundInputs.Subject;
import org.kaohe.assessment.web.OffTheEventLoop;
import org.kaohe.platform.web.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The round's inputs besides scores: political-quality ratings, democratic evaluations by rater
 * group, and findings. 201 when something was recorded, 200 when it was already exactly so.
 */
@RestController
@RequestMapping("/api/assessment")
class InputsController {
  private final RoundInputs inputs;

  InputsController(RoundInputs inputs) {
    this.inputs = inputs;
  }

  @PostMapping("/political-ratings")
  Mono<ResponseEntity<Map<String, Object>>> rate(
      @Validated @RequestBody InputRequests.Rating request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    return answer(
        () ->
            inputs.rate(
                new Subject(request.unitCode(), request.year(), request.cadreCode()),
                request.rating(),
                request.basis(),
                request.reason(),
                SubmittingAgency.caller(caller, requestId)),
        Map.of("unitCode", request.unitCode(), "rating", request.rating()));
  }

  @PostMapping("/democratic-evaluations")
  Mono<ResponseEntity<Map<String, Object>>> evaluate(
      @Validated @RequestBody InputRequests.Evaluation request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    return answer(
        () ->
            inputs.evaluate(
                new Subject(request.unitCode(), request.year(), request.cadreCode()),
                request.raterGroup(),
                request.ballots(),
                request.gradeCounts(),
                request.negativeVotes(),
                request.reason(),
                SubmittingAgency.caller(caller, requestId)),
        Map.of("unitCode", request.unitCode(), "raterGroup", request.raterGroup()));
  }

  @PostMapping("/findings")
  Mono<ResponseEntity<Map<String, Object>>> recordFinding(
      @Validated @RequestBody InputRequests.Finding request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    return answer(
        () ->
            inputs.recordFinding(
                new Subject(request.unitCode(), request.year(), request.cadreCode()),
                request.findingId(),
                new RoundInputs.FindingInput(
                    request.source(), request.severity(), request.summary(), request.deduction()),
                SubmittingAgency.caller(caller, requestId)),
        Map.of("unitCode", request.unitCode(), "findingId", request.findingId()));
  }

  private static Mono<ResponseEntity<Map<String, Object>>> answer(
      Supplier<CompletableFuture<Boolean>> sending, Map<String, Object> identity) {
    return OffTheEventLoop.send(sending)
        .map(
            changed ->
                ResponseEntity.status(changed ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(Map.<String, Object>of("recorded", identity, "changed", changed)));
  }
}

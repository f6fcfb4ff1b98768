package org.kaohe.assessment.round.web;

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
  Mono<ResponseEntity<InputRecorded>> rate(
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
        InputRecorded.Input.rating(request.unitCode(), request.rating()));
  }

  @PostMapping("/democratic-evaluations")
  Mono<ResponseEntity<InputRecorded>> evaluate(
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
        InputRecorded.Input.evaluation(request.unitCode(), request.raterGroup()));
  }

  @PostMapping("/findings")
  Mono<ResponseEntity<InputRecorded>> recordFinding(
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
        InputRecorded.Input.finding(request.unitCode(), request.findingId()));
  }

  private static Mono<ResponseEntity<InputRecorded>> answer(
      Supplier<CompletableFuture<Boolean>> sending, InputRecorded.Input input) {
    return OffTheEventLoop.send(sending)
        .map(
            changed ->
                ResponseEntity.status(changed ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(new InputRecorded(input, changed)));
  }
}

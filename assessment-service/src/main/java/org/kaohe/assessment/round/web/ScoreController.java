package org.kaohe.assessment.round.web;

import org.kaohe.assessment.round.application.RecordedScore;
import org.kaohe.assessment.round.application.ScoreRecorder;
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
 * Agencies record indicator scores for a unit's round, within the reference data and their
 * responsibilities: 201 when the score changed, 200 when it already had this value.
 */
@RestController
@RequestMapping("/api/assessment")
class ScoreController {
  private final ScoreRecorder recorder;

  ScoreController(ScoreRecorder recorder) {
    this.recorder = recorder;
  }

  @PostMapping("/scores")
  Mono<ResponseEntity<RecordedScore>> record(
      @Validated @RequestBody RecordScoreRequest request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    return OffTheEventLoop.send(
            () -> recorder.record(request.toInput(), SubmittingAgency.caller(caller, requestId)))
        .map(
            recorded ->
                ResponseEntity.status(recorded.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(recorded));
  }
}

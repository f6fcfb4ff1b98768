package org.kaohe.assessment.round.web;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.kaohe.assessment.reference.ScoreSubmission;
import org.kaohe.assessment.reference.ScoreSubmissionCheck;
import org.kaohe.assessment.round.domain.RecordScoreCommand;
import org.kaohe.assessment.round.domain.ScoreOutcome;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.platform.web.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Agencies record indicator scores for a unit's round, within the reference data and their
 * responsibilities.
 */
@RestController
@RequestMapping("/api/assessment")
class ScoreController {
  private final CommandGateway commands;
  private final ScoreSubmissionCheck submissionCheck;
  private final Clock clock;

  ScoreController(CommandGateway commands, ScoreSubmissionCheck submissionCheck, Clock clock) {
    this.commands = commands;
    this.submissionCheck = submissionCheck;
    this.clock = clock;
  }

  @PostMapping("/scores")
  Mono<ResponseEntity<RecordedScoreResponse>> record(
      @Validated @RequestBody RecordScoreRequest request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    String agencyClaim = agencyOf(caller);
    submissionCheck.check(
        new ScoreSubmission(
            agencyClaim,
            request.unitCode(),
            request.year(),
            request.indicatorCode(),
            request.value()));
    AgencyCode agency = new AgencyCode(agencyClaim);
    RecordScoreCommand command =
        new RecordScoreCommand(
            new UnitCode(request.unitCode()),
            request.year(),
            new IndicatorCode(request.indicatorCode()),
            request.value(),
            caller.principal(),
            agency,
            clock.instant(),
            request.reason());
    MetaData metaData =
        MetaData.with("principal", caller.principal()).and("agency", agency.value());
    if (requestId != null) {
      metaData = metaData.and("clientRequestId", requestId);
    }
    if (request.reason() != null) {
      metaData = metaData.and("reason", request.reason());
    }
    return Mono.fromFuture(commands.<ScoreOutcome>send(command, metaData))
        .map(outcome -> respond(command, outcome));
  }

  private static String agencyOf(Caller caller) {
    return caller
        .agency()
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "recording a score needs a token that names the submitting agency"));
  }

  private static ResponseEntity<RecordedScoreResponse> respond(
      RecordScoreCommand command, ScoreOutcome outcome) {
    RecordedScoreResponse body =
        new RecordedScoreResponse(
            command.roundId(),
            command.unitCode().value(),
            command.year(),
            command.indicatorCode().value(),
            command.value(),
            outcome.previousValue(),
            outcome.changed());
    return ResponseEntity.status(outcome.changed() ? HttpStatus.CREATED : HttpStatus.OK).body(body);
  }
}

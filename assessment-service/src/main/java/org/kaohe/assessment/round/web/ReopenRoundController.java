package org.kaohe.assessment.round.web;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.kaohe.assessment.reference.ReferenceQueries;
import org.kaohe.assessment.round.domain.ReopenRoundCommand;
import org.kaohe.assessment.round.domain.SubmissionWindow;
import org.kaohe.assessment.round.domain.Submitter;
import org.kaohe.assessment.web.OffTheEventLoop;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.metadata.SubmissionMetaData;
import org.kaohe.platform.reference.RoundCalendar;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.problem.InvalidFields;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * An administrator reopens one unit's round after its deadline, for a stated reason, so that a
 * correction can be submitted; the reopening is an event in the round's audit trail.
 */
@RestController
class ReopenRoundController {
  private final CommandGateway commands;
  private final ReferenceQueries reference;
  private final Clock clock;

  ReopenRoundController(CommandGateway commands, ReferenceQueries reference, Clock clock) {
    this.commands = commands;
    this.reference = reference;
    this.clock = clock;
  }

  @PostMapping("/api/assessment/admin/rounds/{unitCode}/{year}/reopening")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<Void> reopen(
      @PathVariable String unitCode,
      @PathVariable String year,
      @Validated @RequestBody ReopenRoundRequest request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    RoundCalendar calendar = reference.calendar(unitCode, year);
    Instant now = clock.instant();
    if (!request.until().isAfter(now)) {
      throw new InvalidFields("until", "a reopening must end in the future, after " + now);
    }
    UnitCode unit = new UnitCode(unitCode);
    int roundYear = Integer.parseInt(year);
    AgencyCode agency = caller.agency().map(AgencyCode::new).orElse(null);
    ReopenRoundCommand command =
        new ReopenRoundCommand(
            RoundId.of(unit, roundYear),
            unit,
            roundYear,
            request.until(),
            request.reason(),
            new Submitter(caller.principal(), agency, now),
            new SubmissionWindow(calendar.opensAt(), calendar.closesAt()));
    MetaData metaData =
        SubmissionMetaData.of(
            caller.principal(), caller.agency().orElse(null), requestId, request.reason());
    return OffTheEventLoop.send(() -> commands.send(command, metaData)).then();
  }
}

package org.kaohe.assessment.veto.web;

import java.net.URI;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.kaohe.assessment.reference.VetoChecks;
import org.kaohe.assessment.reference.VetoProposal;
import org.kaohe.assessment.veto.domain.ConfirmVetoCommand;
import org.kaohe.assessment.veto.domain.ProposeVetoCommand;
import org.kaohe.assessment.veto.domain.RejectVetoCommand;
import org.kaohe.assessment.web.OffTheEventLoop;
import org.kaohe.events.assessment.VetoConfirmedEvent;
import org.kaohe.events.assessment.VetoProposedEvent;
import org.kaohe.events.assessment.VetoRejectedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.ids.VetoId;
import org.kaohe.events.ids.VetoItemCode;
import org.kaohe.events.metadata.SubmissionMetaData;
import org.kaohe.platform.reference.VetoItem;
import org.kaohe.platform.web.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Agencies propose veto items against units; the item's competent department confirms or rejects
 * each proposal. Who and which agency come from the token and go into the events.
 */
@RestController
@RequestMapping(VetoWorkflowController.VETOES)
class VetoWorkflowController {
  static final String VETOES = "/api/assessment/vetoes";
  private final CommandGateway commands;
  private final VetoChecks checks;
  private final Clock clock;

  VetoWorkflowController(CommandGateway commands, VetoChecks checks, Clock clock) {
    this.commands = commands;
    this.checks = checks;
    this.clock = clock;
  }

  @PostMapping
  Mono<ResponseEntity<VetoStepResponse>> propose(
      @Validated @RequestBody ProposeVetoRequest request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    String agency =
        agencyOf(caller, "proposing a veto needs a token that names the proposing agency");
    VetoItem item =
        checks.check(
            new VetoProposal(agency, request.unitCode(), request.year(), request.itemCode()));
    ProposeVetoCommand command =
        new ProposeVetoCommand(
            new UnitCode(request.unitCode()),
            request.year(),
            new VetoItemCode(request.itemCode()),
            request.grounds(),
            item.competentDepartment(),
            caller.principal(),
            new AgencyCode(agency),
            clock.instant());
    return OffTheEventLoop.send(
            () -> commands.<VetoProposedEvent>send(command, metaData(caller, agency, requestId)))
        .map(
            proposed ->
                ResponseEntity.created(URI.create(VETOES + "/" + proposed.vetoId()))
                    .body(VetoStepResponse.of(proposed)));
  }

  @PostMapping("/{vetoId}/confirmation")
  Mono<VetoStepResponse> confirm(
      @PathVariable String vetoId,
      @Validated @RequestBody(required = false) ConfirmVetoRequest request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    String agency = decider(caller);
    ConfirmVetoCommand command =
        new ConfirmVetoCommand(
            caseOf(vetoId),
            request == null ? null : request.opinion(),
            caller.principal(),
            new AgencyCode(agency),
            clock.instant());
    return OffTheEventLoop.send(
            () -> commands.<VetoConfirmedEvent>send(command, metaData(caller, agency, requestId)))
        .map(VetoStepResponse::of);
  }

  @PostMapping("/{vetoId}/rejection")
  Mono<VetoStepResponse> reject(
      @PathVariable String vetoId,
      @Validated @RequestBody RejectVetoRequest request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    String agency = decider(caller);
    RejectVetoCommand command =
        new RejectVetoCommand(
            caseOf(vetoId),
            request.reason(),
            caller.principal(),
            new AgencyCode(agency),
            clock.instant());
    return OffTheEventLoop.send(
            () -> commands.<VetoRejectedEvent>send(command, metaData(caller, agency, requestId)))
        .map(VetoStepResponse::of);
  }

  /** A path that cannot name a veto case names none that was ever proposed. */
  private static VetoId caseOf(String vetoId) {
    try {
      return new VetoId(vetoId);
    } catch (IllegalArgumentException malformed) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no veto case " + vetoId);
    }
  }

  private String decider(Caller caller) {
    String agency =
        agencyOf(caller, "deciding a veto needs a token that names the deciding agency");
    checks.checkDecider(agency);
    return agency;
  }

  private static String agencyOf(Caller caller, String refusal) {
    return caller
        .agency()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, refusal));
  }

  private static MetaData metaData(Caller caller, String agency, String requestId) {
    return SubmissionMetaData.of(caller.principal(), agency, requestId, null);
  }
}

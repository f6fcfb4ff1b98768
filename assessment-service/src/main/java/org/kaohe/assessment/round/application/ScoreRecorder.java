package org.kaohe.assessment.round.application;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.kaohe.assessment.reference.ReferenceData;
import org.kaohe.assessment.reference.RoundCalendar;
import org.kaohe.assessment.reference.ScoreSubmission;
import org.kaohe.assessment.reference.ScoreSubmissionCheck;
import org.kaohe.assessment.round.domain.RecordScoreCommand;
import org.kaohe.assessment.round.domain.RoundId;
import org.kaohe.assessment.round.domain.ScoreOutcome;
import org.kaohe.assessment.round.domain.SubmissionWindow;
import org.kaohe.assessment.round.domain.Submitter;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.UnitCode;

/**
 * Records one score for an agency, whichever channel it came through: checks it against the
 * reference data and the agency's responsibilities, stamps it with the clock and the round's
 * calendar, and sends the command with who asked, for which agency, why and with which request id.
 */
public final class ScoreRecorder {
  private final CommandGateway commands;
  private final ScoreSubmissionCheck check;
  private final ReferenceData reference;
  private final Clock clock;

  public ScoreRecorder(
      CommandGateway commands, ScoreSubmissionCheck check, ReferenceData reference, Clock clock) {
    this.commands = commands;
    this.check = check;
    this.reference = reference;
    this.clock = clock;
  }

  /**
   * @param clientRequestId the caller's request id, or null
   * @return completes with the outcome, or with the refusal (a checked-input or domain exception)
   */
  public CompletableFuture<RecordedScore> record(
      ScoreInput input, String principal, String agency, String clientRequestId) {
    try {
      return send(input, principal, agency, clientRequestId);
    } catch (RuntimeException refused) {
      return CompletableFuture.failedFuture(refused);
    }
  }

  private CompletableFuture<RecordedScore> send(
      ScoreInput input, String principal, String agency, String clientRequestId) {
    check.check(
        new ScoreSubmission(
            agency,
            input.unitCode(),
            input.year(),
            input.indicatorCode(),
            input.cadreCode(),
            input.period(),
            input.value()));
    UnitCode unit = new UnitCode(input.unitCode());
    RecordScoreCommand command =
        new RecordScoreCommand(
            RoundId.of(unit, input.year()),
            unit,
            input.year(),
            new IndicatorCode(input.indicatorCode()),
            input.cadreCode() == null ? null : new CadreCode(input.cadreCode()),
            input.period(),
            input.value(),
            input.replaces(),
            input.reason(),
            new Submitter(principal, new AgencyCode(agency), clock.instant()),
            window(input.year()));
    MetaData metaData = MetaData.with("principal", principal).and("agency", agency);
    if (clientRequestId != null) {
      metaData = metaData.and("clientRequestId", clientRequestId);
    }
    if (input.reason() != null) {
      metaData = metaData.and("reason", input.reason());
    }
    return commands
        .<ScoreOutcome>send(command, metaData)
        .thenApply(outcome -> recorded(input, command.roundId(), outcome));
  }

  private SubmissionWindow window(int year) {
    RoundCalendar calendar = reference.catalogue(year).orElseThrow().calendar();
    return new SubmissionWindow(calendar.opensAt(), calendar.closesAt());
  }

  private static RecordedScore recorded(ScoreInput input, String roundId, ScoreOutcome outcome) {
    return new RecordedScore(
        roundId,
        input.unitCode(),
        input.year(),
        input.indicatorCode(),
        input.cadreCode(),
        input.period(),
        input.value(),
        outcome.previousValue(),
        outcome.changed());
  }
}

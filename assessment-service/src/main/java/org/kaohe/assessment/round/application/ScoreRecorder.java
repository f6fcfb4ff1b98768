package org.kaohe.assessment.round.application;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.kaohe.assessment.reference.RoundCalendar;
import org.kaohe.assessment.reference.ScoreSubmission;
import org.kaohe.assessment.reference.ScoreSubmissionCheck;
import org.kaohe.assessment.round.domain.RecordScoreCommand;
import org.kaohe.assessment.round.domain.RoundId;
import org.kaohe.assessment.round.domain.ScoreOutcome;
import org.kaohe.assessment.round.domain.Submitter;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.platform.web.problem.InvalidFields;

/**
 * Records one score for an agency, whichever channel it came through: checks it against the
 * reference data and the agency's responsibilities, then sends it to the unit's round.
 */
public final class ScoreRecorder {
  private final ScoreSubmissionCheck check;
  private final RoundCommands commands;

  public ScoreRecorder(ScoreSubmissionCheck check, RoundCommands commands) {
    this.check = check;
    this.commands = commands;
  }

  /**
   * @return completes with the outcome, or with the refusal (a checked-input or domain exception)
   */
  public CompletableFuture<RecordedScore> record(ScoreInput input, RoundCommands.Caller caller) {
    try {
      return send(input, caller);
    } catch (RuntimeException refused) {
      return CompletableFuture.failedFuture(refused);
    }
  }

  private CompletableFuture<RecordedScore> send(ScoreInput input, RoundCommands.Caller caller) {
    check.check(
        new ScoreSubmission(
            caller.agency(),
            input.unitCode(),
            input.year(),
            input.indicatorCode(),
            input.cadreCode(),
            input.period(),
            input.value()));
    Submitter submitter = commands.submitter(caller);
    requirePeriodBegun(input, submitter.at());
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
            submitter,
            commands.window(input.year()));
    return commands
        .<ScoreOutcome>send(command, caller, input.reason())
        .thenApply(outcome -> recorded(input, command.roundId(), outcome));
  }

  private static void requirePeriodBegun(ScoreInput input, Instant now) {
    if (input.period() == null) {
      return;
    }
    Instant starts = RoundCalendar.periodStartsAt(input.year(), input.period());
    if (now.isBefore(starts)) {
      throw new InvalidFields(
          "period",
          "period " + input.period() + " of " + input.year() + " can be scored from " + starts);
    }
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

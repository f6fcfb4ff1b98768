package org.kaohe.assessment.round.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kaohe.assessment.reference.ScoreSubmission;
import org.kaohe.assessment.reference.ScoreSubmissionCheck;
import org.kaohe.assessment.round.domain.RecordScoreCommand;
import org.kaohe.assessment.round.domain.RecordScoresCommand;
import org.kaohe.assessment.round.domain.ScoreItemOutcome;
import org.kaohe.assessment.round.domain.ScoreOutcome;
import org.kaohe.assessment.round.domain.Submitter;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.platform.reference.RoundCalendar;
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
    return RoundCommands.refusedOrSent(() -> send(input, caller));
  }

  /**
   * Records several scores of one round, in order, in one command: each is checked and applied
   * exactly as {@link #record} would, and succeeds or is refused on its own.
   *
   * @param requestIds the client's id of each score (a batch item, a spreadsheet row), or nulls
   * @return one result per input, in input order
   */
  public CompletableFuture<List<ScoreResult>> recordRound(
      List<ScoreInput> inputs, List<String> requestIds, String principal, String agency) {
    ScoreResult[] results = new ScoreResult[inputs.size()];
    List<Integer> sent = new ArrayList<>();
    List<RecordScoresCommand.Item> items = new ArrayList<>();
    RoundCommands.Caller caller = new RoundCommands.Caller(principal, agency, null);
    for (int i = 0; i < inputs.size(); i++) {
      try {
        items.add(new RecordScoresCommand.Item(command(inputs.get(i), caller), requestIds.get(i)));
        sent.add(i);
      } catch (RuntimeException refused) {
        results[i] = ScoreResult.refused(refused);
      }
    }
    if (items.isEmpty()) {
      return CompletableFuture.completedFuture(List.of(results));
    }
    RecordScoresCommand command = new RecordScoresCommand(items.get(0).score().roundId(), items);
    return commands
        .<List<ScoreItemOutcome>>send(
            command, new RoundCommands.Caller(principal, agency, null), null)
        .handle(
            (outcomes, failure) -> {
              for (int k = 0; k < sent.size(); k++) {
                int index = sent.get(k);
                results[index] =
                    failure != null
                        ? ScoreResult.refused(asRuntime(failure))
                        : result(inputs.get(index), command.roundId(), outcomes.get(k));
              }
              return List.of(results);
            });
  }

  private CompletableFuture<RecordedScore> send(ScoreInput input, RoundCommands.Caller caller) {
    RecordScoreCommand command = command(input, caller);
    return commands
        .<ScoreOutcome>send(command, caller, input.reason())
        .thenApply(outcome -> recorded(input, command.roundId(), outcome));
  }

  private static ScoreResult result(ScoreInput input, RoundId roundId, ScoreItemOutcome outcome) {
    return outcome.refusal() != null
        ? ScoreResult.refused(outcome.refusal())
        : new ScoreResult(recorded(input, roundId, outcome.outcome()), null);
  }

  private static RuntimeException asRuntime(Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    return cause instanceof RuntimeException runtime
        ? runtime
        : new IllegalStateException(cause.getMessage(), cause);
  }

  private RecordScoreCommand command(ScoreInput input, RoundCommands.Caller caller) {
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
    return new RecordScoreCommand(
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

  private static RecordedScore recorded(ScoreInput input, RoundId roundId, ScoreOutcome outcome) {
    return new RecordedScore(
        roundId.value(),
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

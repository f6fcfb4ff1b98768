package org.kaohe.assessment.round.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.kaohe.assessment.reference.SubjectCheck;
import org.kaohe.assessment.round.domain.DemocraticTally;
import org.kaohe.assessment.round.domain.Finding;
import org.kaohe.assessment.round.domain.RatePoliticalQualityCommand;
import org.kaohe.assessment.round.domain.RecordDemocraticEvaluationCommand;
import org.kaohe.assessment.round.domain.RecordFindingCommand;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.platform.web.problem.FieldViolation;

/**
 * Records the round's inputs besides scores: political-quality ratings, democratic evaluations and
 * findings, each checked against the reference data and the configured responsibilities first. Each
 * returns whether anything changed.
 */
public final class RoundInputs {
  private final SubjectCheck subjects;
  private final InputRules rules;
  private final RoundCommands commands;

  public RoundInputs(SubjectCheck subjects, InputRules rules, RoundCommands commands) {
    this.subjects = subjects;
    this.rules = rules;
    this.commands = commands;
  }

  public CompletableFuture<Boolean> rate(
      Subject subject,
      PoliticalRating rating,
      String basis,
      String reason,
      RoundCommands.Caller caller) {
    return RoundCommands.refusedOrSent(
        () -> {
          subjects.check(subject.unitCode(), subject.year(), subject.cadreCode(), List.of());
          subjects.requireAgency(
              caller.agency(), rules.politicalQualityAgencies(), "political-quality ratings");
          return commands.send(
              new RatePoliticalQualityCommand(
                  subject.roundId(),
                  new UnitCode(subject.unitCode()),
                  subject.year(),
                  subject.cadre(),
                  rating,
                  basis,
                  reason,
                  commands.submitter(caller),
                  commands.window(subject.year())),
              caller,
              reason);
        });
  }

  public CompletableFuture<Boolean> evaluate(
      Subject subject,
      String raterGroup,
      int ballots,
      Map<String, Integer> gradeCounts,
      int negativeVotes,
      String reason,
      RoundCommands.Caller caller) {
    return RoundCommands.refusedOrSent(
        () -> {
          subjects.check(
              subject.unitCode(),
              subject.year(),
              subject.cadreCode(),
              TallyRules.violations(
                  rules, subject.cadreCode(), raterGroup, ballots, gradeCounts, negativeVotes));
          subjects.requireAgency(
              caller.agency(), rules.democraticEvaluationAgencies(), "democratic evaluations");
          return commands.send(
              new RecordDemocraticEvaluationCommand(
                  subject.roundId(),
                  new UnitCode(subject.unitCode()),
                  subject.year(),
                  subject.cadre(),
                  raterGroup,
                  new DemocraticTally(ballots, gradeCounts, negativeVotes),
                  reason,
                  commands.submitter(caller),
                  commands.window(subject.year())),
              caller,
              reason);
        });
  }

  public CompletableFuture<Boolean> recordFinding(
      Subject subject, String findingId, FindingInput finding, RoundCommands.Caller caller) {
    return RoundCommands.refusedOrSent(
        () -> {
          List<FieldViolation> violations = new ArrayList<>();
          Set<String> reporters = rules.findingSources().get(finding.source());
          if (reporters == null) {
            violations.add(
                new FieldViolation(
                    "source",
                    "source must be one of "
                        + String.join(
                            ", ", rules.findingSources().keySet().stream().sorted().toList())
                        + ", found "
                        + finding.source()));
          }
          violations.addAll(FindingRules.violations(rules, finding));
          subjects.check(subject.unitCode(), subject.year(), subject.cadreCode(), violations);
          subjects.requireAgency(
              caller.agency(), reporters, "findings of source " + finding.source());
          return commands.send(
              new RecordFindingCommand(
                  subject.roundId(),
                  new UnitCode(subject.unitCode()),
                  subject.year(),
                  findingId,
                  new Finding(
                      subject.cadre(),
                      finding.source(),
                      finding.severity(),
                      finding.summary(),
                      finding.deduction()),
                  commands.submitter(caller),
                  commands.window(subject.year())),
              caller,
              null);
        });
  }

  /** Who an input is about: a unit's round of one year, and one of its cadres or none. */
  public record Subject(String unitCode, int year, String cadreCode) {
    RoundId roundId() {
      return RoundId.of(new UnitCode(unitCode), year);
    }

    CadreCode cadre() {
      return cadreCode == null ? null : new CadreCode(cadreCode);
    }
  }

  /** A finding as submitted. */
  public record FindingInput(
      String source, String severity, String summary, BigDecimal deduction) {}
}

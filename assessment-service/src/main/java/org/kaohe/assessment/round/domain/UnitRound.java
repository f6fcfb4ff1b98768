package org.kaohe.assessment.round.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.events.assessment.RoundReopenedEvent;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.metadata.SubmissionMetaData;

/**
 * A unit's annual round: every current input about the unit and its cadres (scores,
 * political-quality ratings, democratic evaluations, findings), and whether an administrator has
 * reopened it after its deadline. Its fields are what a snapshot stores; the revision names their
 * shape, keys included, so snapshots of another shape are ignored and rebuilt from events. Revision
 * 5 keys ratings and evaluations by {@link Subjects} and findings by their agency and id.
 */
@Revision("5")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class UnitRound {
  @AggregateIdentifier private RoundId roundId;
  private final Map<String, CurrentScore> scores = new HashMap<>();
  private final Map<String, PoliticalRating> ratings = new HashMap<>();
  private final Map<String, DemocraticTally> evaluations = new HashMap<>();
  private final Map<String, Finding> findings = new HashMap<>();
  private Instant reopenedUntil;

  protected UnitRound() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public ScoreOutcome handle(RecordScoreCommand command) {
    return record(command, MetaData.emptyInstance());
  }

  /**
   * Applies each score in order; one that is refused leaves the others unaffected, and a later
   * score sees the earlier ones, as separate commands would. Each event carries its own item's
   * request id and reason, which a single command carries for its one event.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public List<ScoreItemOutcome> handle(RecordScoresCommand command) {
    List<ScoreItemOutcome> outcomes = new ArrayList<>();
    for (RecordScoresCommand.Item item : command.scores()) {
      MetaData itemData =
          SubmissionMetaData.of(null, null, item.clientRequestId(), item.score().reason());
      try {
        outcomes.add(ScoreItemOutcome.of(record(item.score(), itemData)));
      } catch (InputConflict | CorrectionWithoutReason | RoundClosed refused) {
        outcomes.add(ScoreItemOutcome.refused(refused));
      }
    }
    return outcomes;
  }

  private ScoreOutcome record(RecordScoreCommand command, MetaData itemData) {
    requireOpen(command.roundId(), command.window(), command.submitter().at());
    ScoreKey key = command.key();
    CurrentScore current = scores.get(key.text());
    if (current != null && current.value().compareTo(command.value()) == 0) {
      return new ScoreOutcome(false, current.value());
    }
    Corrections.check(key, current, command.replaces(), command.reason());
    Submitter submitter = command.submitter();
    apply(
        new ScoreRecordedEvent(
            command.roundId(),
            command.unitCode(),
            command.year(),
            command.indicatorCode(),
            command.cadreCode(),
            command.period(),
            command.value(),
            current == null ? null : current.value(),
            submitter.principal(),
            submitter.agency(),
            submitter.at(),
            command.reason()),
        itemData);
    return new ScoreOutcome(true, current == null ? null : current.value());
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(ReopenRoundCommand command) {
    Instant at = command.submitter().at();
    if (command.window().isOpenAt(at)) {
      throw new RoundStillOpen(command.roundId(), command.window().closesAt());
    }
    if (!command.until().isAfter(at)) {
      throw new IllegalArgumentException("a reopening must end after it starts (" + at + ")");
    }
    apply(
        new RoundReopenedEvent(
            command.roundId(),
            command.unitCode(),
            command.year(),
            command.until(),
            command.reason(),
            command.submitter().principal(),
            at));
  }

  /** Returns false when the subject already had this rating, and nothing was stored. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public boolean handle(RatePoliticalQualityCommand command) {
    requireOpen(command.roundId(), command.window(), command.submitter().at());
    PoliticalRating current = ratings.get(Subjects.key(command.cadreCode()));
    if (current == command.rating()) {
      return false;
    }
    requireReasonToReplace(
        current,
        command.reason(),
        "the political-quality rating of " + Subjects.describe(command.cadreCode()));
    Submitter submitter = command.submitter();
    apply(
        new PoliticalQualityRatedEvent(
            command.roundId(),
            command.unitCode(),
            command.year(),
            command.cadreCode(),
            command.rating(),
            command.basis(),
            current,
            submitter.principal(),
            submitter.agency(),
            submitter.at(),
            command.reason()));
    return true;
  }

  /** Returns false when the group's tally was already exactly this, and nothing was stored. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public boolean handle(RecordDemocraticEvaluationCommand command) {
    requireOpen(command.roundId(), command.window(), command.submitter().at());
    DemocraticTally current =
        evaluations.get(Subjects.evaluationKey(command.cadreCode(), command.raterGroup()));
    if (command.tally().equals(current)) {
      return false;
    }
    requireReasonToReplace(
        current,
        command.reason(),
        "the democratic evaluation of "
            + Subjects.describe(command.cadreCode())
            + " by "
            + command.raterGroup());
    Submitter submitter = command.submitter();
    DemocraticTally tally = command.tally();
    apply(
        new DemocraticEvaluationRecordedEvent(
            command.roundId(),
            command.unitCode(),
            command.year(),
            command.cadreCode(),
            command.raterGroup(),
            tally.ballots(),
            tally.gradeCounts(),
            tally.negativeVotes(),
            current != null,
            submitter.principal(),
            submitter.agency(),
            submitter.at(),
            command.reason()));
    return true;
  }

  /** Returns false when this finding is already recorded, and nothing was stored. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public boolean handle(RecordFindingCommand command) {
    requireOpen(command.roundId(), command.window(), command.submitter().at());
    Submitter submitter = command.submitter();
    Finding current = findings.get(Finding.key(submitter.agency().value(), command.findingId()));
    if (current != null) {
      if (current.sameAs(command.finding())) {
        return false;
      }
      throw new InputConflict(
          "finding "
              + command.findingId()
              + " is already recorded and says something else; a finding is not edited, record a"
              + " new one",
          current);
    }
    Finding finding = command.finding();
    apply(
        new FindingRecordedEvent(
            command.roundId(),
            command.unitCode(),
            command.year(),
            finding.cadreCode(),
            command.findingId(),
            finding.source(),
            finding.severity(),
            finding.summary(),
            finding.deduction(),
            submitter.principal(),
            submitter.agency(),
            submitter.at()));
    return true;
  }

  private static void requireReasonToReplace(Object current, String reason, String what) {
    if (current != null && (reason == null || reason.isBlank())) {
      throw new InputConflict(what + " is already recorded; to replace it, give a reason", current);
    }
  }

  private void requireOpen(RoundId id, SubmissionWindow window, Instant at) {
    if (window.isOpenAt(at)) {
      return;
    }
    if (at.isBefore(window.opensAt())) {
      throw RoundClosed.notYetOpen(id, window.opensAt());
    }
    if (reopenedUntil == null) {
      throw RoundClosed.afterDeadline(id, window.closesAt());
    }
    if (!at.isBefore(reopenedUntil)) {
      throw RoundClosed.reopeningExpired(id, window.closesAt(), reopenedUntil);
    }
  }

  @EventSourcingHandler
  void on(ScoreRecordedEvent event) {
    roundId = event.roundId();
    ScoreKey key = new ScoreKey(event.indicatorCode(), event.cadreCode(), event.period());
    scores.put(
        key.text(),
        new CurrentScore(
            event.value(), event.recordedBy(), event.agency().value(), event.recordedAt()));
  }

  @EventSourcingHandler
  void on(PoliticalQualityRatedEvent event) {
    roundId = event.roundId();
    ratings.put(Subjects.key(event.cadreCode()), event.rating());
  }

  @EventSourcingHandler
  void on(DemocraticEvaluationRecordedEvent event) {
    roundId = event.roundId();
    evaluations.put(
        Subjects.evaluationKey(event.cadreCode(), event.raterGroup()), DemocraticTally.of(event));
  }

  @EventSourcingHandler
  void on(FindingRecordedEvent event) {
    roundId = event.roundId();
    findings.put(Finding.key(event.agency().value(), event.findingId()), Finding.of(event));
  }

  @EventSourcingHandler
  void on(RoundReopenedEvent event) {
    roundId = event.roundId();
    reopenedUntil = event.until();
  }
}

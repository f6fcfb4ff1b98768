package org.kaohe.assessment.round.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.kaohe.events.assessment.RoundReopenedEvent;
import org.kaohe.events.assessment.ScoreRecordedEvent;

/**
 * A unit's annual round: every current score of the unit and its cadres, and whether an
 * administrator has reopened it after its deadline. Its fields are what a snapshot stores; the
 * revision names their shape, so snapshots of another shape are ignored and rebuilt from events.
 */
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class UnitRound {
  @AggregateIdentifier private String roundId;
  private final Map<String, CurrentScore> scores = new HashMap<>();
  private Instant reopenedUntil;

  protected UnitRound() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public ScoreOutcome handle(RecordScoreCommand command) {
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
            command.reason()));
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

  private void requireOpen(String id, SubmissionWindow window, Instant at) {
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
  void on(RoundReopenedEvent event) {
    roundId = event.roundId();
    reopenedUntil = event.until();
  }
}

package org.kaohe.assessment.round.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.IndicatorCode;

/**
 * A unit's annual round: the current score of every indicator recorded for it. Its fields are what
 * a snapshot stores.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class UnitRound {
  @AggregateIdentifier private String roundId;
  private final Map<IndicatorCode, BigDecimal> scores = new HashMap<>();

  protected UnitRound() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public ScoreOutcome handle(RecordScoreCommand command) {
    BigDecimal previous = scores.get(command.indicatorCode());
    if (previous != null && previous.compareTo(command.value()) == 0) {
      return new ScoreOutcome(false, previous);
    }
    apply(
        new ScoreRecordedEvent(
            command.roundId(),
            command.unitCode(),
            command.year(),
            command.indicatorCode(),
            command.value(),
            previous,
            command.recordedBy(),
            command.agency(),
            command.recordedAt(),
            command.reason()));
    return new ScoreOutcome(true, previous);
  }

  @EventSourcingHandler
  void on(ScoreRecordedEvent event) {
    roundId = event.roundId();
    scores.put(event.indicatorCode(), event.value());
  }
}

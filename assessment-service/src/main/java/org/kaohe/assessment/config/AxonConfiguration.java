package org.kaohe.assessment.config;

import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Revision;
import org.kaohe.assessment.metadata.CommandCorrelation;
import org.kaohe.assessment.round.domain.UnitRound;
import org.kaohe.assessment.round.upcasting.ScoreRecordedRevision1Upcaster;
import org.kaohe.assessment.round.upcasting.ScoreRecordedRevision2Upcaster;
import org.kaohe.events.metadata.SubmissionMetaData;
import org.kaohe.platform.eventstore.service.ConflictRetries;
import org.kaohe.platform.eventstore.service.ServiceClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Wires the aggregates into Axon and decides what every stored event carries. */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

  /** The system clock, or one that runs from {@code kaohe.assessment.clock-start} when set. */
  @Bean
  Clock clock(@Value("${kaohe.assessment.clock-start:}") String start) {
    return ServiceClock.startingAt(start);
  }

  @Bean
  ConfigurerModule eventClock(Clock clock) {
    return ServiceClock.stampingEventsWith(clock);
  }

  /**
   * Rounds are loaded from a snapshot taken every {@code snapshot-threshold} events. They are not
   * cached between commands: a round cached by one service instance and changed by another would
   * refuse (or accept as unchanged) a score on stale state, and a refusal appends nothing that
   * could reveal it (TwoInstancesIT).
   */
  @Bean
  ConfigurerModule aggregates(
      @Value("${kaohe.assessment.snapshot-threshold:100}") int snapshotThreshold) {
    return configurer ->
        configurer.configureAggregate(
            AggregateConfigurer.defaultConfiguration(UnitRound.class)
                .configureSnapshotFilter(
                    c ->
                        RevisionSnapshotFilter.builder()
                            // The store records an aggregate's type by its simple name; with the
                            // class's full name the filter would match no snapshot and let every
                            // revision through.
                            .type(UnitRound.class.getSimpleName())
                            .revision(UnitRound.class.getAnnotation(Revision.class).value())
                            .build())
                .configureSnapshotTrigger(
                    c ->
                        new EventCountSnapshotTriggerDefinition(
                            AggregateSnapshotter.builder()
                                .eventStore(c.eventStore())
                                .aggregateFactories(new GenericAggregateFactory<>(UnitRound.class))
                                .build(),
                            snapshotThreshold)));
  }

  /** Older revisions of stored events, read as the current ones, oldest revision first. */
  @Bean
  @Order(1)
  ScoreRecordedRevision1Upcaster scoreRecordedRevision1Upcaster() {
    return new ScoreRecordedRevision1Upcaster();
  }

  @Bean
  @Order(2)
  ScoreRecordedRevision2Upcaster scoreRecordedRevision2Upcaster() {
    return new ScoreRecordedRevision2Upcaster();
  }

  /**
   * Where a command came from (correlation and causation) and who asked, for which agency, why and
   * with which request id: copied onto every event it gives.
   */
  @Bean
  CorrelationDataProvider commandCorrelation() {
    return new CommandCorrelation(
        List.of(
            new MessageOriginProvider(),
            new SimpleCorrelationDataProvider(SubmissionMetaData.keys())));
  }

  /** Two agencies writing to one round at once conflict; the loser is retried on fresh state. */
  @Bean
  CommandGateway commandGateway(CommandBus commandBus) {
    return ConflictRetries.gateway(commandBus);
  }
}

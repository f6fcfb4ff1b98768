package org.kaohe.assessment.config;

import java.time.Clock;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.kaohe.assessment.round.domain.UnitRound;
import org.kaohe.assessment.round.upcasting.ScoreRecordedRevision1Upcaster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the aggregates into Axon and decides what every stored event carries. */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Event timestamps come from the same clock as everything else, so tests can fix time. */
  @Bean
  ConfigurerModule eventClock(Clock clock) {
    return configurer -> GenericEventMessage.clock = clock;
  }

  /** Rounds are loaded from a snapshot taken every {@code snapshot-threshold} events. */
  @Bean
  ConfigurerModule aggregates(
      @Value("${kaohe.assessment.snapshot-threshold:100}") int snapshotThreshold) {
    return configurer ->
        configurer.configureAggregate(
            AggregateConfigurer.defaultConfiguration(UnitRound.class)
                .configureSnapshotTrigger(
                    c ->
                        new EventCountSnapshotTriggerDefinition(
                            AggregateSnapshotter.builder()
                                .eventStore(c.eventStore())
                                .aggregateFactories(new GenericAggregateFactory<>(UnitRound.class))
                                .build(),
                            snapshotThreshold)));
  }

  /** Older revisions of stored events, read as the current ones. */
  @Bean
  ScoreRecordedRevision1Upcaster scoreRecordedRevision1Upcaster() {
    return new ScoreRecordedRevision1Upcaster();
  }

  @Bean
  CorrelationDataProvider messageOrigin() {
    return new MessageOriginProvider();
  }

  /**
   * Who asked, for which agency, why and with which request id: copied onto every resulting event.
   */
  @Bean
  CorrelationDataProvider submitter() {
    return new SimpleCorrelationDataProvider("principal", "agency", "clientRequestId", "reason");
  }

  /** Two agencies writing to one round at once conflict; the loser is retried on fresh state. */
  @Bean
  CommandGateway commandGateway(CommandBus commandBus) {
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(
            IntervalRetryScheduler.builder()
                .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                .retryInterval(20)
                .maxRetryCount(5)
                .build())
        .build();
  }
}

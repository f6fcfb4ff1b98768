package org.kaohe.platform.kafka;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.kaohe.events.cloudevents.CloudEvent;

/**
 * Publishes every stored event of the published contract to Kafka: the event store is the outbox.
 * Runs in its own streaming processor, whose token advances only after this handler returns, which
 * it does only once Kafka has acknowledged the record; a failure makes the processor retry. Replays
 * are skipped so that rebuilding projections never republishes history.
 */
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
public class KafkaRelay {
  public static final String PROCESSING_GROUP = "kafka-relay";
  private final CloudEventPublisher publisher;
  private final RelaySettings settings;

  public KafkaRelay(CloudEventPublisher publisher, RelaySettings settings) {
    this.publisher = publisher;
    this.settings = settings;
  }

  @EventHandler
  public void on(Object payload, EventMessage<?> message, ReplayStatus replayStatus) {
    if (replayStatus.isReplay()) {
      return;
    }
    StoredEventMapping.toCloudEvent(message, settings.source()).ifPresent(this::publish);
  }

  private void publish(CloudEvent event) {
    publisher.publishAndWait(settings.topic(), event.subject(), event);
  }
}

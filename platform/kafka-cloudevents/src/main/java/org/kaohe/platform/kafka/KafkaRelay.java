package org.kaohe.platform.kafka;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.kaohe.platform.eventstore.processing.BatchEnd;

/**
 * Publishes every stored event of the published contract to Kafka: the event store is the outbox.
 * Runs in its own streaming processor: the records of a batch of events are sent one after another
 * without waiting, and the batch's last event returns only once Kafka has acknowledged them all, so
 * the token advances only past acknowledged records; a failure makes the processor repeat the
 * batch. Replays are skipped so that rebuilding projections never republishes history.
 */
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
public class KafkaRelay {
  public static final String PROCESSING_GROUP = "kafka-relay";
  private final CloudEventPublisher publisher;
  private final RelaySettings settings;
  private final BatchEnd<CloudEventPublisher.Sent> acknowledgements;

  public KafkaRelay(CloudEventPublisher publisher, RelaySettings settings) {
    this.publisher = publisher;
    this.settings = settings;
    this.acknowledgements = new BatchEnd<>(publisher::awaitAll);
  }

  @EventHandler
  public void on(Object payload, EventMessage<?> message, ReplayStatus replayStatus) {
    if (replayStatus.isReplay()) {
      acknowledgements.skip();
      return;
    }
    StoredEventMapping.toCloudEvent(message, settings.source())
        .ifPresentOrElse(
            event -> acknowledgements.add(publisher.send(settings.topic(), event.subject(), event)),
            acknowledgements::skip);
  }
}

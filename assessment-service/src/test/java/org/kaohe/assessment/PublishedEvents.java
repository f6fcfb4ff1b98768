package org.kaohe.assessment;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.kaohe.events.Topics;
import org.kaohe.events.cloudevents.CloudEvent;
import org.kaohe.platform.embedded.SharedInfrastructure;
import org.kaohe.platform.kafka.CloudEventConsumer;

/** Everything the service publishes on its topic, as a consumer of its own sees it. */
final class PublishedEvents implements AutoCloseable {
  private final List<CloudEvent> published = new CopyOnWriteArrayList<>();
  private final CloudEventConsumer consumer;

  private PublishedEvents(String group) {
    consumer =
        new CloudEventConsumer(
            SharedInfrastructure.kafka().bootstrapServers(),
            group,
            List.of(Topics.ASSESSMENT_EVENTS),
            published::add);
    consumer.start();
  }

  static PublishedEvents listen(String group) {
    return new PublishedEvents(group + "-" + System.nanoTime());
  }

  /** The event with this id (the stored event's id), once it has arrived. */
  CloudEvent await(String eventId) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> published.stream().anyMatch(e -> e.id().equals(eventId)));
    return published.stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow();
  }

  @Override
  public void close() {
    consumer.close();
  }
}

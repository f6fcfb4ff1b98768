package org.kaohe.assessment;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kaohe.events.Topics;
import org.kaohe.platform.kafka.CloudEventConsumer;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.tools.embedded.SharedInfrastructure;

/**
 * Everything the service publishes on its topic, as a consumer of its own sees it: one consumer for
 * the test class, registered as {@code @RegisterExtension static final PublishedEvents}.
 */
final class PublishedEvents implements BeforeAllCallback, AfterAllCallback {
  private final List<TypedCloudEvent> published = new CopyOnWriteArrayList<>();
  private CloudEventConsumer consumer;

  @Override
  public void beforeAll(ExtensionContext context) {
    consumer =
        new CloudEventConsumer(
            new KafkaSettings(SharedInfrastructure.kafka().bootstrapServers(), null, null),
            ServiceUnderTest.database(context.getRequiredTestClass()) + "-" + System.nanoTime(),
            List.of(Topics.ASSESSMENT_EVENTS),
            published::add,
            new SimpleMeterRegistry());
    consumer.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    consumer.close();
  }

  /** The event with this id (the stored event's id), once it has arrived. */
  TypedCloudEvent await(String eventId) {
    return awaitFirst(e -> e.id().equals(eventId));
  }

  /** The data of the first event of this type about this subject, once it has arrived. */
  <T> T await(Class<T> type, String subject) {
    return type.cast(
        awaitFirst(e -> type.isInstance(e.data()) && subject.equals(e.subject())).data());
  }

  /** How many times the event with this id has arrived so far. */
  long count(String eventId) {
    return published.stream().filter(e -> e.id().equals(eventId)).count();
  }

  /** Whether no event has arrived more than once so far. */
  boolean noneTwice() {
    return published.stream().map(TypedCloudEvent::id).distinct().count() == published.size();
  }

  private TypedCloudEvent awaitFirst(Predicate<TypedCloudEvent> wanted) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> published.stream().anyMatch(wanted));
    return published.stream().filter(wanted).findFirst().orElseThrow();
  }
}

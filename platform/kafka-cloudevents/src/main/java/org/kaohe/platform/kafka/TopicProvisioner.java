package org.kaohe.platform.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics a service produces to or consumes from, when they do not exist yet. */
public final class TopicProvisioner {
  private TopicProvisioner() {}

  public static void ensureTopics(KafkaSettings settings, Collection<String> topics) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000))) {
      List<NewTopic> wanted =
          topics.stream()
              .map(t -> new NewTopic(t, settings.partitions(), settings.replicationFactor()))
              .toList();
      admin.createTopics(wanted).values().forEach((topic, created) -> awaitCreated(topic, created));
    }
  }

  private static void awaitCreated(
      String topic, org.apache.kafka.common.KafkaFuture<Void> created) {
    try {
      created.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create Kafka topic " + topic, e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating Kafka topic " + topic, e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not create topic " + topic + " within 30 s", e);
    }
  }
}

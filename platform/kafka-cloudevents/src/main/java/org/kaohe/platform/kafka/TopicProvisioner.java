package org.kaohe.platform.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics a service produces to or consumes from, when they do not exist yet, and keeps
 * every one of them forever: the topics are the record results are recomputed from, so a record
 * must never expire or be compacted away. A topic created earlier with other settings is set so.
 */
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
              .map(
                  t ->
                      new NewTopic(t, settings.partitions(), settings.replicationFactor())
                          .configs(RETAINED_FOREVER))
              .toList();
      admin.createTopics(wanted).values().forEach((topic, created) -> awaitDone(topic, created));
      Map<ConfigResource, Collection<AlterConfigOp>> retention = new HashMap<>();
      for (String topic : topics) {
        retention.put(
            new ConfigResource(ConfigResource.Type.TOPIC, topic),
            RETAINED_FOREVER.entrySet().stream()
                .map(
                    e ->
                        new AlterConfigOp(
                            new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                .toList());
      }
      admin.incrementalAlterConfigs(retention).values().forEach(TopicProvisioner::awaitDone);
    }
  }

  /** No deletion by age or size, and no compaction. */
  static final Map<String, String> RETAINED_FOREVER =
      Map.of(
          TopicConfig.RETENTION_MS_CONFIG, "-1",
          TopicConfig.RETENTION_BYTES_CONFIG, "-1",
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);

  private static void awaitDone(Object topic, org.apache.kafka.common.KafkaFuture<Void> created) {
    try {
      created.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException(
            "cannot create or configure Kafka topic " + topic, e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "interrupted while creating or configuring Kafka topic " + topic, e);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Kafka did not create or configure topic " + topic + " within 30 s", e);
    }
  }
}

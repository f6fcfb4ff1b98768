package org.kaohe.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service reaches Kafka.
 *
 * @param bootstrapServers the brokers, e.g. {@code 127.0.0.1:19092}
 * @param partitions partitions of topics this service creates
 * @param replicationFactor replicas of topics this service creates (1 for a single local broker)
 */
@ConfigurationProperties("kaohe.kafka")
public record KafkaSettings(String bootstrapServers, Integer partitions, Short replicationFactor) {
  public KafkaSettings {
    partitions = partitions == null ? 3 : partitions;
    replicationFactor = replicationFactor == null ? 1 : replicationFactor;
  }
}

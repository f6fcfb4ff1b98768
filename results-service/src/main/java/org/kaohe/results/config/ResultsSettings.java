package org.kaohe.results.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mongodbUri the read models' MongoDB
 * @param database the service's own database
 * @param consumerGroup the Kafka consumer group; instances of the service share it
 */
@ConfigurationProperties("kaohe.results")
public record ResultsSettings(String mongodbUri, String database, String consumerGroup) {}

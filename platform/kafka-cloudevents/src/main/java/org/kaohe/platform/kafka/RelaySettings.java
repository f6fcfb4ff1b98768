package org.kaohe.platform.kafka;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The relay from a service's event store to its Kafka topic.
 *
 * @param topic where stored events are published, e.g. {@code assessment.events}
 * @param source the CloudEvents {@code source} of those events, e.g. {@code
 *     /kaohe/assessment-service}
 */
@ConfigurationProperties("kaohe.relay")
public record RelaySettings(String topic, URI source) {}

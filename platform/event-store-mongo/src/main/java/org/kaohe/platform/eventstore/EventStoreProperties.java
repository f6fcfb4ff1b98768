package org.kaohe.platform.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the event store lives and how it behaves.
 *
 * @param uri MongoDB connection string
 * @param database the service's own database
 * @param batchSize events read per query by aggregates and tracking processors
 * @param claimTimeout how long a processor segment claim lasts without being extended
 * @param nodeId this process's name in token claims; defaults to the JVM's name
 */
@ConfigurationProperties("kaohe.eventstore")
public record EventStoreProperties(
    String uri, String database, Integer batchSize, Duration claimTimeout, String nodeId) {

  public EventStoreProperties {
    batchSize = batchSize == null ? 100 : batchSize;
    claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
    nodeId =
        nodeId == null || nodeId.isBlank()
            ? java.lang.management.ManagementFactory.getRuntimeMXBean().getName()
            : nodeId;
  }
}

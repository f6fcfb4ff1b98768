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
 * @param gapTimeout how long tracking processors wait for an allocated but unstored global index
 *     before passing over it; must exceed the longest append
 * @param indexReserve while commits follow each other closely, global indices allocated ahead: this
 *     many at first, twice as many each time the run of commits uses a reserve up (0: exactly what
 *     each commit needs); a reserve is used for at most a tenth of the gap timeout
 * @param indexReserveHold how long unused reserved indices are kept once commits stop; at most a
 *     tenth of the gap timeout
 */
@ConfigurationProperties("kaohe.eventstore")
public record EventStoreProperties(
    String uri,
    String database,
    Integer batchSize,
    Duration claimTimeout,
    String nodeId,
    Duration gapTimeout,
    Integer indexReserve,
    Duration indexReserveHold) {

  public EventStoreProperties {
    batchSize = batchSize == null ? 100 : batchSize;
    claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
    gapTimeout = gapTimeout == null ? Duration.ofSeconds(10) : gapTimeout;
    indexReserve = indexReserve == null ? 64 : indexReserve;
    indexReserveHold = indexReserveHold == null ? Duration.ofMillis(50) : indexReserveHold;
    nodeId =
        nodeId == null || nodeId.isBlank()
            ? java.lang.management.ManagementFactory.getRuntimeMXBean().getName()
            : nodeId;
  }
}

package org.kaohe.assessment.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param retention how long a key is remembered after its first use
 * @param processingTimeout after this long a key whose request never finished (the process died)
 *     may be claimed by a retry
 * @param maxBodySize the largest request body a keyed request may have; it is fingerprinted as it
 *     arrives and kept to be handed on
 * @param maxBodyInMemory how much of a keyed request's body is kept in memory; a larger body is
 *     kept in a temporary file until the request is answered
 * @param maxStoredResponseSize the largest response kept for replay, and so held in memory while
 *     the request is answered; a larger one is delivered but not kept, and a retry is answered 409
 *     saying so
 */
@ConfigurationProperties("kaohe.assessment.idempotency")
public record IdempotencyProperties(
    @DefaultValue("24h") Duration retention,
    @DefaultValue("2m") Duration processingTimeout,
    @DefaultValue("16MB") DataSize maxBodySize,
    @DefaultValue("64KB") DataSize maxBodyInMemory,
    @DefaultValue("1MB") DataSize maxStoredResponseSize) {}

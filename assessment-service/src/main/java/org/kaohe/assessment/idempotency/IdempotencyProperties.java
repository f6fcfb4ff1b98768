package org.kaohe.assessment.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param retention how long a key is remembered after its first use
 * @param processingTimeout after this long a key whose request never finished (the process died)
 *     may be claimed by a retry
 * @param maxBodySize the largest request body a keyed request may have; it is held in memory to be
 *     fingerprinted and handed on
 * @param maxStoredResponseSize the largest response kept for replay; a larger one is delivered but
 *     not kept, so a retry runs again
 */
@ConfigurationProperties("kaohe.assessment.idempotency")
public record IdempotencyProperties(
    @DefaultValue("24h") Duration retention,
    @DefaultValue("2m") Duration processingTimeout,
    @DefaultValue("16MB") DataSize maxBodySize,
    @DefaultValue("8MB") DataSize maxStoredResponseSize) {}

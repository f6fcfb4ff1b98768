package org.kaohe.platform.kafka;

import java.time.Instant;

/**
 * One record a consumer group parked because it can never be applied.
 *
 * @param topic the topic the record was consumed from
 * @param partition its partition there
 * @param offset its offset there
 * @param key its key (the unit code for our events), null if it had none
 * @param eventId its {@code ce_id}, null if it is not a CloudEvent
 * @param eventType its {@code ce_type}, null if it is not a CloudEvent
 * @param reason why it can never be applied
 * @param parkedAt when it was parked
 */
public record DeadLetter(
    String topic,
    int partition,
    long offset,
    String key,
    String eventId,
    String eventType,
    String reason,
    Instant parkedAt) {}

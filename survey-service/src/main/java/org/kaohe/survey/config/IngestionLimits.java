package org.kaohe.survey.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large one batch of responses may be: {@code kaohe.survey.batch.max-items} responses and
 * {@code max-bytes} of body.
 *
 * @param maxItems responses per batch
 * @param maxBytes bytes per batch
 */
@ConfigurationProperties("kaohe.survey.batch")
public record IngestionLimits(int maxItems, DataSize maxBytes) {}

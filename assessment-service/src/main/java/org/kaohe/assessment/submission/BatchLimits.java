package org.kaohe.assessment.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxItems the most items a batch, or filled rows a spreadsheet, may hold
 * @param maxBytes the largest batch body read
 * @param concurrency how many rounds a batch records at once
 */
@ConfigurationProperties("kaohe.assessment.batch")
public record BatchLimits(
    @DefaultValue("10000") int maxItems,
    @DefaultValue("10MB") DataSize maxBytes,
    @DefaultValue("4") int concurrency) {}

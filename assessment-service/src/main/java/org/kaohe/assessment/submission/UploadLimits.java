package org.kaohe.assessment.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBytes the largest spreadsheet file read; the gateway's body limit applies first
 */
@ConfigurationProperties("kaohe.assessment.upload")
public record UploadLimits(@DefaultValue("10MB") DataSize maxBytes) {}

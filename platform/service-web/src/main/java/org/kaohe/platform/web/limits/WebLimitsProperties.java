package org.kaohe.platform.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodyBytes the largest request body the application accepts on any route; a plain number
 *     means bytes
 */
@ConfigurationProperties("kaohe.web")
public record WebLimitsProperties(@DefaultValue("10MB") DataSize maxBodyBytes) {}

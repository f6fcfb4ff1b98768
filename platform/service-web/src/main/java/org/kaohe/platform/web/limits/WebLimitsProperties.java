package org.kaohe.platform.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodyBytes the largest request body the application accepts on any route; a plain number
 *     means bytes
 * @param maxJsonBytes the largest single JSON document: a service reads such a body whole, up to
 *     this size (it is the codecs' in-memory limit, in place of {@code
 *     spring.http.codecs.max-in-memory-size}), and the gateway refuses a larger one on the routes
 *     that take single documents before forwarding it
 */
@ConfigurationProperties("kaohe.web")
public record WebLimitsProperties(
    @DefaultValue("10MB") DataSize maxBodyBytes, @DefaultValue("256KB") DataSize maxJsonBytes) {

  public WebLimitsProperties {
    if (maxJsonBytes.toBytes() < 1 || maxJsonBytes.toBytes() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "kaohe.web.max-json-bytes must be between 1 byte and 2GB, found " + maxJsonBytes);
    }
  }
}

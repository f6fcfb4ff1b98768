package org.kaohe.platform.web.limits;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.WebFilter;

/** The body size limits of every service and of the gateway, whichever way a request arrives. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(WebLimitsProperties.class)
public class WebLimitsAutoConfiguration {

  @Bean
  WebFilter bodySizeLimitFilter(WebLimitsProperties limits) {
    return new BodySizeLimitFilter(new BodySizeLimit(limits.maxBodyBytes().toBytes()));
  }

  // After Boot's own codec customizer, so that the one setting the gateway reads as well is the
  // limit the codecs apply.
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  CodecCustomizer singleJsonDocumentLimit(WebLimitsProperties limits) {
    int maxJsonBytes = (int) limits.maxJsonBytes().toBytes();
    return codecs -> codecs.defaultCodecs().maxInMemorySize(maxJsonBytes);
  }
}

package org.kaohe.platform.web.limits;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.server.WebFilter;

/** The body size limit of every service and of the gateway, whichever way a request arrives. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(WebLimitsProperties.class)
public class WebLimitsAutoConfiguration {

  @Bean
  WebFilter bodySizeLimitFilter(WebLimitsProperties limits) {
    return new BodySizeLimitFilter(new BodySizeLimit(limits.maxBodyBytes().toBytes()));
  }
}

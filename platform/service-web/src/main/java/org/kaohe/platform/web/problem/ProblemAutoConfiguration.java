package org.kaohe.platform.web.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.codec.ServerCodecConfigurer;

/** Problem+json for every error, inside and outside controllers. */
@AutoConfiguration(before = ErrorWebFluxAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ProblemAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ProblemWriter problemWriter(ServerCodecConfigurer codecs) {
    return new ProblemWriter(codecs);
  }

  @Bean
  ProblemErrorWebExceptionHandler problemErrorWebExceptionHandler(ProblemWriter writer) {
    return new ProblemErrorWebExceptionHandler(writer);
  }

  @Bean
  ProblemExceptionHandler problemExceptionHandler() {
    return new ProblemExceptionHandler();
  }
}

package org.kaohe.platform.web.apidocs;

import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.access.AccessPolicy;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Completes springdoc's document with the roles, security scheme and error answers. */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ApiDocsAutoConfiguration {

  public ApiDocsAutoConfiguration() {
    // The caller comes from the bearer token, not from the request's parameters.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
  }

  @Bean
  @ConditionalOnBean(AccessPolicy.class)
  OpenApiCustomizer accessDocumentation(AccessPolicy policy) {
    return new AccessDocumentation(policy);
  }
}

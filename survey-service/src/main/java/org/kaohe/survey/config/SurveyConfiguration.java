package org.kaohe.survey.config;

import org.kaohe.platform.web.access.AccessPolicies;
import org.kaohe.platform.web.access.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

  /** The service enforces its own route rules, the ones the gateway enforces in front of it. */
  @Bean
  AccessPolicy surveyAccess() {
    return AccessPolicies.SURVEY;
  }
}

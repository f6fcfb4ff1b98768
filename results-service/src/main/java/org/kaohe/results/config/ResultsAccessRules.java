package org.kaohe.results.config;

import org.kaohe.platform.web.access.AccessPolicies;
import org.kaohe.platform.web.access.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service enforces its own route rules, the ones the gateway enforces in front of it. */
@Configuration(proxyBeanMethods = false)
class ResultsAccessRules {

  @Bean
  AccessPolicy resultsAccess() {
    return AccessPolicies.RESULTS;
  }
}

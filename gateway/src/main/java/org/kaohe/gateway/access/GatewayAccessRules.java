package org.kaohe.gateway.access;

import org.kaohe.platform.web.access.AccessPolicies;
import org.kaohe.platform.web.access.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway enforces the public dashboard and every service's route rules, declared once in
 * {@link AccessPolicies} and enforced again by each service.
 */
@Configuration(proxyBeanMethods = false)
class GatewayAccessRules {

  @Bean
  AccessPolicy gatewayAccess() {
    return AccessPolicies.GATEWAY;
  }
}

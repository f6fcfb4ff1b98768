package org.kaohe.results.config;

import org.kaohe.platform.web.AccessRules;
import org.kaohe.platform.web.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Results are read by dashboards, auditors, admins and agencies; nobody writes them over HTTP. What
 * the service could not consume is for admins only.
 */
@Configuration(proxyBeanMethods = false)
class ResultsAccessRules {

  @Bean
  AccessRules resultsRules() {
    return spec ->
        spec.pathMatchers(HttpMethod.GET, "/api/results/admin/**")
            .hasAuthority(Role.ADMIN.authority())
            .pathMatchers(HttpMethod.GET, "/api/results/**")
            .hasAnyAuthority(
                Role.DASHBOARD.authority(),
                Role.AUDITOR.authority(),
                Role.ADMIN.authority(),
                Role.AGENCY.authority())
            .pathMatchers("/api/results/**")
            .denyAll();
  }
}

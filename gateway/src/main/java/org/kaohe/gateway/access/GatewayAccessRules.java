package org.kaohe.gateway.access;

import static org.kaohe.platform.web.Role.ADMIN;
import static org.kaohe.platform.web.Role.AGENCY;
import static org.kaohe.platform.web.Role.AUDITOR;
import static org.kaohe.platform.web.Role.DASHBOARD;

import java.util.Arrays;
import org.kaohe.platform.web.AccessRules;
import org.kaohe.platform.web.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Role rules per route. Reads are matched first; every other method on the same path counts as a
 * write. The audit trail is read by auditors and admins only, and never written; administration
 * (replays) is for admins; reference data is read by every role.
 */
@Configuration(proxyBeanMethods = false)
class GatewayAccessRules {

  @Bean
  AccessRules dashboardIsPublic() {
    return spec ->
        spec.pathMatchers(HttpMethod.GET, "/", "/dashboard", "/dashboard/**").permitAll();
  }

  @Bean
  AccessRules assessmentRules() {
    return spec ->
        spec.pathMatchers(HttpMethod.GET, "/api/assessment/reference/**")
            .hasAnyAuthority(authorities(Role.values()))
            .pathMatchers("/api/assessment/reference/**")
            .denyAll()
            .pathMatchers("/api/assessment/admin/**")
            .hasAnyAuthority(authorities(ADMIN))
            .pathMatchers(HttpMethod.GET, "/api/assessment/audit/**")
            .hasAnyAuthority(authorities(AUDITOR, ADMIN))
            .pathMatchers("/api/assessment/audit/**")
            .denyAll()
            .pathMatchers(HttpMethod.GET, "/api/assessment/**")
            .hasAnyAuthority(authorities(AGENCY, AUDITOR, ADMIN))
            .pathMatchers("/api/assessment/**")
            .hasAnyAuthority(authorities(AGENCY, ADMIN));
  }

  @Bean
  AccessRules surveyRules() {
    return spec ->
        spec.pathMatchers(HttpMethod.GET, "/api/survey/**")
            .hasAnyAuthority(authorities(Role.values()))
            .pathMatchers("/api/survey/**")
            .hasAnyAuthority(authorities(ADMIN));
  }

  @Bean
  AccessRules resultsRules() {
    return spec ->
        spec.pathMatchers(HttpMethod.GET, "/api/results/**")
            .hasAnyAuthority(authorities(DASHBOARD, AUDITOR, ADMIN, AGENCY))
            .pathMatchers("/api/results/**")
            .hasAnyAuthority(authorities(ADMIN));
  }

  private static String[] authorities(Role... roles) {
    return Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
  }
}

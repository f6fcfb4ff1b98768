package org.kaohe.assessment.config;

import org.kaohe.platform.web.AccessRules;
import org.kaohe.platform.web.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Agencies (and admins) write; auditors read but never write. The audit trail spans every agency,
 * so only auditors and admins read it, and nobody writes to it. The reference data is read by every
 * role and written by nobody: operators change it through its files.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentAccessRules {

  @Bean
  AccessRules assessmentRules() {
    return spec ->
        spec.pathMatchers(HttpMethod.GET, "/api/assessment/audit/**")
            .hasAnyAuthority(Role.AUDITOR.authority(), Role.ADMIN.authority())
            .pathMatchers("/api/assessment/audit/**")
            .denyAll()
            .pathMatchers(HttpMethod.GET, "/api/assessment/reference/**")
            .authenticated()
            .pathMatchers("/api/assessment/reference/**")
            .denyAll()
            .pathMatchers(HttpMethod.GET, "/api/assessment/**")
            .hasAnyAuthority(
                Role.AGENCY.authority(), Role.AUDITOR.authority(), Role.ADMIN.authority())
            .pathMatchers("/api/assessment/**")
            .hasAnyAuthority(Role.AGENCY.authority(), Role.ADMIN.authority());
  }
}

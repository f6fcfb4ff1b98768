package org.kaohe.survey.config;

import org.kaohe.platform.web.AccessRules;
import org.kaohe.platform.web.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

  @Bean
  AccessRules surveyRules() {
    return spec ->
        spec.pathMatchers(HttpMethod.GET, "/api/survey/**")
            .authenticated()
            .pathMatchers("/api/survey/**")
            .hasAuthority(Role.ADMIN.authority());
  }
}

package org.kaohe.platform.web;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * Authorization rules an application contributes to the shared security filter chain. Declare beans
 * of this type (ordered with {@code @Order} when their matchers overlap); they are applied after
 * the public actuator paths and before the final rule that every other exchange must be
 * authenticated. Example:
 *
 * <pre>{@code
 * @Bean
 * AccessRules surveyRules() {
 *   return spec -> spec.pathMatchers(HttpMethod.GET, "/api/survey/**").authenticated()
 *       .pathMatchers("/api/survey/**").hasAuthority(Role.ADMIN.authority());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AccessRules {

  void apply(ServerHttpSecurity.AuthorizeExchangeSpec spec);
}

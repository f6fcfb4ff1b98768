package org.kaohe.platform.web.security;

import java.time.Clock;
import org.kaohe.platform.web.access.AccessPolicy;
import org.kaohe.platform.web.access.AccessPolicyAuthorization;
import org.kaohe.platform.web.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.server.ServerWebExchange;

/**
 * The one security filter chain of every service: stateless bearer-token authentication, public
 * health and info, the application's {@link AccessPolicy}, and everything else authenticated.
 */
@AutoConfiguration(
    before = {
      ReactiveOAuth2ResourceServerAutoConfiguration.class,
      ReactiveManagementWebSecurityAutoConfiguration.class,
      ReactiveWebSecurityAutoConfiguration.class,
      ReactiveUserDetailsServiceAutoConfiguration.class
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties(JwtProperties.class)
public class WebSecurityAutoConfiguration {

  /**
   * Name of the clock tokens are judged by, the system clock unless a bean of this name exists. Not
   * just any clock: a service's domain clock may run in a rehearsed round's time, while tokens are
   * issued in real time.
   */
  public static final String TOKEN_CLOCK = "tokenClock";

  @Bean
  @ConditionalOnMissingBean
  ReactiveJwtDecoder jwtDecoder(
      JwtProperties properties, @Qualifier(TOKEN_CLOCK) ObjectProvider<Clock> tokenClock) {
    return JwtDecoders.fromProperties(properties, tokenClock.getIfAvailable(Clock::systemUTC));
  }

  // Primary: Spring Security applies only a unique post-processor, and composes none itself.
  @Bean
  @Primary
  static ObjectPostProcessor<ReactiveAuthorizationManager<ServerWebExchange>>
      decisionKeepingAuthorization(
          ObjectProvider<ObjectPostProcessor<ReactiveAuthorizationManager<ServerWebExchange>>>
              postProcessors) {
    return new DecisionKeepingAuthorizationManager.PostProcessor(postProcessors);
  }

  @Bean
  @ConditionalOnMissingBean(SecurityWebFilterChain.class)
  SecurityWebFilterChain kaoheSecurityWebFilterChain(
      ServerHttpSecurity http,
      ReactiveJwtDecoder jwtDecoder,
      ObjectProvider<AccessPolicy> accessPolicy,
      ObjectProvider<AuthenticatedRequestFilter> authenticatedRequestFilters,
      ProblemWriter problemWriter) {
    var authenticationEntryPoint = new ProblemAuthenticationEntryPoint(problemWriter);
    var accessDeniedHandler = new ProblemAccessDeniedHandler(problemWriter);
    var jwtAuthentication = new ReactiveJwtAuthenticationConverter();
    jwtAuthentication.setJwtGrantedAuthoritiesConverter(new RoleAuthorities());
    authenticatedRequestFilters
        .orderedStream()
        .forEach(
            filter -> http.addFilterBefore(filter::filter, SecurityWebFiltersOrder.AUTHORIZATION));
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(authenticationEntryPoint)
                    .accessDeniedHandler(accessDeniedHandler))
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .authenticationEntryPoint(authenticationEntryPoint)
                    .accessDeniedHandler(accessDeniedHandler)
                    .jwt(
                        jwt ->
                            jwt.jwtDecoder(jwtDecoder)
                                .jwtAuthenticationConverter(jwtAuthentication)))
        .authorizeExchange(
            spec -> {
              spec.pathMatchers("/actuator/health/**", "/actuator/info").permitAll();
              accessPolicy.ifAvailable(policy -> AccessPolicyAuthorization.apply(spec, policy));
              spec.anyExchange().authenticated();
            })
        .build();
  }

  // Spring Security's firewall answers a rejected path or header with an empty body otherwise.
  @Bean
  ServerExchangeRejectedHandler problemOnRejectedExchange(ProblemWriter problemWriter) {
    return (exchange, rejected) ->
        problemWriter.write(
            exchange,
            ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rejected.getMessage()));
  }

  @Bean
  PrincipalAttributeFilter principalAttributeFilter() {
    return new PrincipalAttributeFilter();
  }

  @Bean
  WebFluxConfigurer callerArgumentResolverConfigurer() {
    return new CallerWebFluxConfigurer();
  }
}

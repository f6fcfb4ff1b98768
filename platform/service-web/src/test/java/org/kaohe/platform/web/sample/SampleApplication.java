package org.kaohe.platform.web.sample;

import org.kaohe.platform.web.AccessRules;
import org.kaohe.platform.web.Role;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/** A minimal service using service-web the way the real services do. */
@SpringBootApplication
public class SampleApplication {

  static final String FILTER_FAILURE_PATH = "/sample/filter-failure";

  @Bean
  AccessRules sampleRules() {
    return spec ->
        spec.pathMatchers("/sample/public/**")
            .permitAll()
            .pathMatchers(HttpMethod.POST, "/sample/records")
            .hasAnyAuthority(Role.AGENCY.authority(), Role.ADMIN.authority());
  }

  @Bean
  WebFilter failingFilter() {
    return (exchange, chain) ->
        exchange.getRequest().getPath().value().equals(FILTER_FAILURE_PATH)
            ? Mono.error(new IllegalStateException("filter internals"))
            : chain.filter(exchange);
  }
}

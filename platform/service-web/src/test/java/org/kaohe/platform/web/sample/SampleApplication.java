package org.kaohe.platform.web.sample;

import java.util.Set;
import org.kaohe.platform.web.Role;
import org.kaohe.platform.web.access.Access;
import org.kaohe.platform.web.access.AccessPolicy;
import org.kaohe.platform.web.access.RouteRule;
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
  AccessPolicy sampleRules() {
    return AccessPolicy.of(
        RouteRule.any("/sample/public/**", Access.PUBLIC),
        new RouteRule(
            Set.of(HttpMethod.POST), "/sample/records", Access.anyOf(Role.AGENCY, Role.ADMIN)));
  }

  @Bean
  WebFilter failingFilter() {
    return (exchange, chain) ->
        exchange.getRequest().getPath().value().equals(FILTER_FAILURE_PATH)
            ? Mono.error(new IllegalStateException("filter internals"))
            : chain.filter(exchange);
  }
}

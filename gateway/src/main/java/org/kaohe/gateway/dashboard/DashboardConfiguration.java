package org.kaohe.gateway.dashboard;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the dashboard page for its directory URL; the static resource handler serves its other
 * files but knows no index page below the root.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

  private static final URI DASHBOARD = URI.create("/dashboard/");

  @Bean
  RouterFunction<ServerResponse> dashboardRoutes(
      @Value("classpath:/static/dashboard/index.html") Resource page) {
    return route(GET("/"), request -> ServerResponse.temporaryRedirect(DASHBOARD).build())
        .andRoute(GET("/dashboard"), request -> ServerResponse.temporaryRedirect(DASHBOARD).build())
        .andRoute(
            GET("/dashboard/"),
            request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page));
  }
}

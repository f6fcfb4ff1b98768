package org.kaohe.platform.web.servicecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kaohe.platform.web.Role;
import org.kaohe.platform.web.TestTokens;
import org.kaohe.platform.web.access.Access;
import org.kaohe.platform.web.access.AccessPolicies;
import org.kaohe.platform.web.access.AccessPolicy;
import org.kaohe.platform.web.access.RouteRule;
import org.kaohe.platform.web.problem.ProblemAutoConfiguration;
import org.kaohe.platform.web.security.JwtProperties;
import org.kaohe.platform.web.security.WebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebHandler;

/**
 * Walks every endpoint of a running service, with every method and as every caller (no token, then
 * each role), through two filter chains: the service's own, and the gateway's as service-web builds
 * it from {@link AccessPolicies#GATEWAY} (the gateway application declares nothing else). Both
 * stand in front of a handler that answers 200, so only their decisions show: 200 let through, 401
 * or 403. Both must decide as the service's policy says, a HEAD like its GET.
 */
public final class AccessAgreement {

  private static final List<HttpMethod> METHODS =
      List.of(
          HttpMethod.GET,
          HttpMethod.HEAD,
          HttpMethod.POST,
          HttpMethod.PUT,
          HttpMethod.PATCH,
          HttpMethod.DELETE);
  private static final String AGENCY = "PROV-STATS";
  private static final WebHandler LET_THROUGH =
      exchange -> {
        exchange.getResponse().setStatusCode(HttpStatus.OK);
        return exchange.getResponse().setComplete();
      };

  private AccessAgreement() {}

  /** Returns the number of decisions compared, after asserting they all agree. */
  public static int assertGatewayAndServiceAgree(ApplicationContext service, AccessPolicy policy) {
    assertThat(service.getBean(AccessPolicy.class)).isEqualTo(policy);
    List<Endpoint> endpoints = Endpoint.of(service);
    assertThat(endpoints).as("the service's controller endpoints").isNotEmpty();
    assertThat(endpoints)
        .as("endpoints no rule of the policy names")
        .filteredOn(e -> policy.ruleFor(e.method(), e.samplePath()).isEmpty())
        .isEmpty();

    ConfigurableEnvironment environment = (ConfigurableEnvironment) service.getEnvironment();
    Map<String, String> callers = callers(environment);
    WebTestClient serviceLayer = client(service.getBean(SecurityWebFilterChain.class));
    List<String> disagreements = new ArrayList<>();
    int[] compared = {0};
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                ProblemAutoConfiguration.class, WebSecurityAutoConfiguration.class))
        .withBean(ServerCodecConfigurer.class, ServerCodecConfigurer::create)
        .withBean(AccessPolicy.class, () -> AccessPolicies.GATEWAY)
        .withPropertyValues(securityProperties(environment))
        .run(
            gateway -> {
              assertThat(gateway).hasNotFailed();
              WebTestClient gatewayLayer = client(gateway.getBean(SecurityWebFilterChain.class));
              Endpoint.samplePaths(endpoints)
                  .forEach(
                      path ->
                          METHODS.forEach(
                              method ->
                                  callers.forEach(
                                      (caller, authorization) -> {
                                        int expected = expected(policy, method, path, caller);
                                        int atGateway =
                                            status(gatewayLayer, method, path, authorization);
                                        int atService =
                                            status(serviceLayer, method, path, authorization);
                                        compared[0]++;
                                        if (atGateway != expected || atService != expected) {
                                          disagreements.add(
                                              "%s %s as %s: policy %d, gateway %d, service %d"
                                                  .formatted(
                                                      method, path, caller, expected, atGateway,
                                                      atService));
                                        }
                                      })));
            });
    assertThat(disagreements).isEmpty();
    assertThat(compared[0])
        .isEqualTo(Endpoint.samplePaths(endpoints).count() * METHODS.size() * callers.size());
    return compared[0];
  }

  /**
   * What the policy says a caller gets: a HEAD is decided like the GET of the same path, and a
   * request no rule names needs only a token.
   */
  static int expected(AccessPolicy policy, HttpMethod method, String path, String caller) {
    HttpMethod decidedAs = method == HttpMethod.HEAD ? HttpMethod.GET : method;
    Optional<Access> access = policy.ruleFor(decidedAs, path).map(RouteRule::access);
    if (access.map(Access::anonymous).orElse(false)) {
      return 200;
    }
    if (caller.equals("none")) {
      return 401;
    }
    Role role = Role.fromClaimValue(caller).orElseThrow();
    return access.map(a -> a.allows(role)).orElse(true) ? 200 : 403;
  }

  /** No token, then one token per role; an agency's token names its agency. */
  private static Map<String, String> callers(ConfigurableEnvironment environment) {
    String secret = environment.getRequiredProperty("kaohe.security.jwt.hmac-secret");
    String issuer =
        environment.getProperty("kaohe.security.jwt.issuer", JwtProperties.DEFAULT_ISSUER);
    Map<String, String> callers = new LinkedHashMap<>();
    callers.put("none", null);
    for (Role role : Role.values()) {
      String agency = role == Role.AGENCY ? AGENCY : null;
      callers.put(
          role.claimValue(),
          "Bearer "
              + TestTokens.sign(
                  secret, issuer, role.claimValue() + "-1", agency, List.of(role.claimValue())));
    }
    return callers;
  }

  /** The service's token settings, so both chains check tokens alike. */
  private static String[] securityProperties(ConfigurableEnvironment environment) {
    return environment.getPropertySources().stream()
        .filter(EnumerablePropertySource.class::isInstance)
        .flatMap(source -> Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames()))
        .filter(name -> name.startsWith("kaohe.security."))
        .distinct()
        .flatMap(
            name ->
                Stream.ofNullable(environment.getProperty(name)).map(value -> name + "=" + value))
        .toArray(String[]::new);
  }

  private static WebTestClient client(SecurityWebFilterChain chain) {
    return WebTestClient.bindToWebHandler(LET_THROUGH)
        .webFilter(new WebFilterChainProxy(chain))
        .build();
  }

  private static int status(
      WebTestClient client, HttpMethod method, String path, String authorization) {
    return client
        .method(method)
        .uri(path)
        .headers(
            headers -> {
              if (authorization != null) {
                headers.set(HttpHeaders.AUTHORIZATION, authorization);
              }
            })
        .exchange()
        .returnResult(Void.class)
        .getStatus()
        .value();
  }
}

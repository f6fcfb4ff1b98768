package org.kaohe.platform.web.servicecheck;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * One controller endpoint of a service: a method and a path pattern as the controller declares it.
 *
 * @param method the HTTP method
 * @param pattern the path pattern, e.g. {@code /api/assessment/vetoes/{vetoId}}
 */
public record Endpoint(HttpMethod method, String pattern) {

  /** A path the pattern matches, with a sample value for every variable. */
  public String samplePath() {
    return pattern.replaceAll("\\{\\*?[^}/]+}", "sample").replace("**", "sample");
  }

  /**
   * Every endpoint the application's controllers declare, springdoc's document endpoints included;
   * a mapping without methods counts for every method.
   */
  public static List<Endpoint> of(ApplicationContext context) {
    return of(context, true);
  }

  /** The application's own endpoints: those its API document describes. */
  public static List<Endpoint> ofApplication(ApplicationContext context) {
    return of(context, false);
  }

  private static List<Endpoint> of(ApplicationContext context, boolean withDocuments) {
    var mapping =
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    return mapping.getHandlerMethods().entrySet().stream()
        .filter(
            e ->
                withDocuments || !e.getValue().getBeanType().getName().startsWith("org.springdoc."))
        .flatMap(
            e -> {
              var info = e.getKey();
              List<HttpMethod> methods =
                  info.getMethodsCondition().getMethods().isEmpty()
                      ? List.of(HttpMethod.values())
                      : info.getMethodsCondition().getMethods().stream()
                          .map(m -> HttpMethod.valueOf(m.name()))
                          .toList();
              return info.getPatternsCondition().getPatterns().stream()
                  .flatMap(p -> methods.stream().map(m -> new Endpoint(m, p.getPatternString())));
            })
        .distinct()
        .sorted(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name()))
        .toList();
  }

  static Stream<String> samplePaths(List<Endpoint> endpoints) {
    return endpoints.stream().map(Endpoint::samplePath).distinct();
  }
}

package org.kaohe.platform.web.access;

import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One line of a service's access declaration: requests with one of {@code methods} (any method when
 * empty) on a path matching {@code pathPattern} are decided by {@code access}.
 *
 * @param methods the methods the rule covers; empty covers every method. A read rule covers GET and
 *     HEAD, because HEAD is a GET without its body.
 * @param pathPattern a Spring {@link PathPattern}, e.g. {@code /api/assessment/audit/**}
 * @param access who is let through
 */
public record RouteRule(Set<HttpMethod> methods, String pathPattern, Access access) {

  private static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.HEAD);

  public RouteRule {
    methods = Set.copyOf(methods);
    // Parsed here so that a malformed pattern stops the declaration from loading at all.
    PathPatternParser.defaultInstance.parse(pathPattern);
  }

  /** GET and HEAD on the pattern. */
  public static RouteRule read(String pathPattern, Access access) {
    return new RouteRule(READ, pathPattern, access);
  }

  /** Every method on the pattern. */
  public static RouteRule any(String pathPattern, Access access) {
    return new RouteRule(Set.of(), pathPattern, access);
  }

  public boolean matches(HttpMethod method, String path) {
    return (methods.isEmpty() || methods.contains(method))
        && pattern().matches(PathContainer.parsePath(path));
  }

  PathPattern pattern() {
    return PathPatternParser.defaultInstance.parse(pathPattern);
  }
}

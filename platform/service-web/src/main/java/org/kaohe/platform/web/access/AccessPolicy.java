package org.kaohe.platform.web.access;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;

/**
 * An ordered list of route rules; the first rule matching a request decides it. A request no rule
 * matches needs only a valid token (the filter chain's last rule). Declare one bean of this type
 * per application; the shared security filter chain enforces it.
 */
public record AccessPolicy(List<RouteRule> rules) {

  public AccessPolicy {
    rules = List.copyOf(rules);
  }

  public static AccessPolicy of(RouteRule... rules) {
    return new AccessPolicy(List.of(rules));
  }

  /**
   * This policy's rules followed by the others'. Decisions are unchanged for each part as long as
   * their paths do not overlap, which the services' disjoint {@code /api/<service>/} prefixes
   * ensure.
   */
  public AccessPolicy followedBy(AccessPolicy... others) {
    return new AccessPolicy(
        Stream.concat(rules.stream(), Arrays.stream(others).flatMap(p -> p.rules().stream()))
            .toList());
  }

  /** The rule that decides a request, the same one the filter chain applies. */
  public Optional<RouteRule> ruleFor(HttpMethod method, String path) {
    return rules.stream().filter(rule -> rule.matches(method, path)).findFirst();
  }
}

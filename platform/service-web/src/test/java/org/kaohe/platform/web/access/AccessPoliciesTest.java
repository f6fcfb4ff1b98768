package org.kaohe.platform.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.web.Role;
import org.springframework.http.HttpMethod;

class AccessPoliciesTest {

  @Test
  void theFirstMatchingRuleDecides() {
    assertThat(access(AccessPolicies.ASSESSMENT, HttpMethod.POST, "/api/assessment/admin/rounds"))
        .isEqualTo(Access.anyOf(Role.ADMIN));
    assertThat(access(AccessPolicies.ASSESSMENT, HttpMethod.POST, "/api/assessment/scores"))
        .isEqualTo(Access.anyOf(Role.AGENCY, Role.ADMIN));
    assertThat(access(AccessPolicies.ASSESSMENT, HttpMethod.POST, "/api/assessment/audit/verify"))
        .isEqualTo(Access.NOBODY);
  }

  @Test
  void aHeadIsDecidedLikeTheGetOfTheSamePath() {
    for (String path :
        List.of("/api/assessment/rounds/620100/2026", "/api/survey/units", "/api/results/stream")) {
      assertThat(access(AccessPolicies.GATEWAY, HttpMethod.HEAD, path))
          .isEqualTo(access(AccessPolicies.GATEWAY, HttpMethod.GET, path));
    }
  }

  @Test
  void theGatewayDecidesEveryServicePathAsTheServiceDoes() {
    for (AccessPolicy service :
        List.of(AccessPolicies.ASSESSMENT, AccessPolicies.SURVEY, AccessPolicies.RESULTS)) {
      for (RouteRule rule : service.rules()) {
        String path = rule.pathPattern().replace("**", "sample");
        for (HttpMethod method : HttpMethod.values()) {
          assertThat(AccessPolicies.GATEWAY.ruleFor(method, path))
              .as(method + " " + path)
              .isEqualTo(service.ruleFor(method, path));
        }
      }
    }
  }

  @Test
  void theApiDocumentsArePublicAndTheRestOfEachServiceIsNot() {
    assertThat(access(AccessPolicies.RESULTS, HttpMethod.GET, "/api/results/v3/api-docs"))
        .isEqualTo(Access.PUBLIC);
    assertThat(access(AccessPolicies.RESULTS, HttpMethod.GET, "/api/results/admin/dead-letters"))
        .isEqualTo(Access.anyOf(Role.ADMIN));
  }

  @Test
  void accessIsDescribedForPeople() {
    assertThat(Access.anyOf(Role.ADMIN, Role.AGENCY).describe()).isEqualTo("agency, admin");
    assertThat(Access.NOBODY.describe()).isEqualTo("nobody");
    assertThat(Access.PUBLIC.describe()).isEqualTo("public (no token needed)");
  }

  @Test
  void publicAccessNamesNoRoles() {
    assertThatThrownBy(() -> new Access(true, Set.of(Role.ADMIN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("public access names no roles, got [ADMIN]");
    assertThatThrownBy(() -> Access.anyOf(new Role[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name at least one role, or use Access.NOBODY");
  }

  private static Access access(AccessPolicy policy, HttpMethod method, String path) {
    return policy.ruleFor(method, path).map(RouteRule::access).orElseThrow();
  }
}

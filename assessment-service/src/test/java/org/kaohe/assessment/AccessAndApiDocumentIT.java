package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.web.access.AccessPolicies;
import org.kaohe.platform.web.servicecheck.AccessAgreement;
import org.kaohe.platform.web.servicecheck.ApiDocumentCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The gateway and the service decide every endpoint alike for every role, and the API document
 * names each endpoint's roles, its error answers and, for the main writes, examples.
 */
class AccessAndApiDocumentIT extends ServiceIT {

  @Autowired ApplicationContext service;

  @Test
  void theGatewayAndTheServiceDecideEveryEndpointForEveryRoleAlike() {
    assertThat(AccessAgreement.assertGatewayAndServiceAgree(service, AccessPolicies.ASSESSMENT))
        .isPositive();
  }

  @Test
  void anAuditorsHeadOnAReadEndpointIsLetThrough() {
    client()
        .head()
        .uri("/api/assessment/reference/agencies")
        .header("Authorization", TestTokens.bearer("auditor", null))
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void theApiDocumentListsEveryEndpointWithItsRolesAndExamplesForTheMainWrites() {
    Map<String, Object> document =
        ApiDocumentCheck.assertDocumentsEveryEndpoint(
            service, AccessPolicies.ASSESSMENT, "/api/assessment/v3/api-docs");

    Map<String, Object> score = operation(document, "/api/assessment/scores", "post");
    assertThat(score.get("x-roles")).isEqualTo(List.of("agency", "admin"));
    assertThat((String) score.get("description")).startsWith("Roles: agency, admin.");
    assertThat(map(score.get("responses")))
        .containsKeys("201", "400", "401", "403", "409", "413", "429");
    assertThat(
            map(
                map(map(map(score.get("requestBody")).get("content")).get("application/json"))
                    .get("examples")))
        .containsKey("score");
    Map<String, Object> batch = operation(document, "/api/assessment/scores/batch", "post");
    assertThat(map(map(batch.get("requestBody")).get("content")))
        .containsKeys("application/json", "application/x-ndjson");
    assertThat(map(batch.get("responses"))).containsKeys("200", "400", "413", "429");
    Map<String, Object> audit =
        operation(document, "/api/assessment/audit/rounds/{unitCode}/{year}/history", "get");
    assertThat(audit.get("x-roles")).isEqualTo(List.of("auditor", "admin"));
  }

  private static Map<String, Object> operation(
      Map<String, Object> document, String path, String method) {
    return map(map(map(document.get("paths")).get(path)).get(method));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}

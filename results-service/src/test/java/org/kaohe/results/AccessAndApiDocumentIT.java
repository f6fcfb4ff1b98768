package org.kaohe.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kaohe.platform.web.access.AccessPolicies;
import org.kaohe.platform.web.servicecheck.AccessAgreement;
import org.kaohe.platform.web.servicecheck.ApiDocumentCheck;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway and the service decide alike, and the API document names every endpoint's roles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessAndApiDocumentIT {

  @Autowired ApplicationContext service;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add(
        "kaohe.results.mongodb-uri", () -> SharedInfrastructure.mongo().connectionString());
    registry.add("kaohe.results.database", () -> "results-access-it");
    registry.add("kaohe.results.consumer-group", () -> "results-access-it");
    registry.add(
        "kaohe.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
  }

  @Test
  void theGatewayAndTheServiceDecideEveryEndpointForEveryRoleAlike() {
    assertThat(AccessAgreement.assertGatewayAndServiceAgree(service, AccessPolicies.RESULTS))
        .isPositive();
  }

  @Test
  void theApiDocumentListsEveryEndpointWithItsRoles() {
    var document =
        ApiDocumentCheck.assertDocumentsEveryEndpoint(
            service, AccessPolicies.RESULTS, "/api/results/v3/api-docs");

    assertThat(document).containsKey("openapi");
  }
}

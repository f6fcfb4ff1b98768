package org.kaohe.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kaohe.platform.web.access.AccessPolicies;
import org.kaohe.platform.web.servicecheck.AccessAgreement;
import org.kaohe.platform.web.servicecheck.ApiDocumentCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class AccessAndApiDocumentIT extends SurveyServiceTest {

  @Autowired ApplicationContext service;

  @Test
  void theGatewayAndTheServiceDecideEveryEndpointForEveryRoleAlike() {
    assertThat(AccessAgreement.assertGatewayAndServiceAgree(service, AccessPolicies.SURVEY))
        .isPositive();
  }

  @Test
  void theApiDocumentListsEveryEndpointWithItsRoles() {
    var document =
        ApiDocumentCheck.assertDocumentsEveryEndpoint(
            service, AccessPolicies.SURVEY, "/api/survey/v3/api-docs");

    assertThat(document).containsKey("openapi");
  }
}

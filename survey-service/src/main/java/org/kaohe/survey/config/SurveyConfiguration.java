package org.kaohe.survey.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.kaohe.platform.web.access.AccessPolicies;
import org.kaohe.platform.web.access.AccessPolicy;
import org.kaohe.survey.units.SurveyedUnit;
import org.kaohe.survey.units.SurveyedUnitsCsv;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

  /** The shipped reference list, or an operator's file via {@code kaohe.survey.units-file}. */
  @Bean
  List<SurveyedUnit> surveyedUnits(@Value("${kaohe.survey.units-file}") Resource file)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      return SurveyedUnitsCsv.read(in, file.getDescription());
    }
  }

  /** The service enforces its own route rules, the ones the gateway enforces in front of it. */
  @Bean
  AccessPolicy surveyAccess() {
    return AccessPolicies.SURVEY;
  }
}

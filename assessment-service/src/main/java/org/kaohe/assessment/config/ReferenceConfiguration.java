package org.kaohe.assessment.config;

import org.kaohe.assessment.reference.ReferenceQueries;
import org.kaohe.assessment.reference.ScoreSubmissionCheck;
import org.kaohe.assessment.reference.VetoChecks;
import org.kaohe.platform.reference.ReferenceData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checks and queries over the reference data, which the reference-data module reads. */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

  @Bean
  ScoreSubmissionCheck scoreSubmissionCheck(ReferenceData referenceData) {
    return new ScoreSubmissionCheck(referenceData);
  }

  @Bean
  ReferenceQueries referenceQueries(ReferenceData referenceData) {
    return new ReferenceQueries(referenceData);
  }

  @Bean
  VetoChecks vetoChecks(ReferenceData referenceData) {
    return new VetoChecks(referenceData, referenceData.vetoItems());
  }
}

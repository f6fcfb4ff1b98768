package org.kaohe.assessment.config;

import org.kaohe.assessment.round.application.InputRules;
import org.kaohe.assessment.visibility.ReadAccess;
import org.kaohe.platform.reference.ReferenceData;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What each caller may read of rounds, agencies' work and veto cases. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadAccessProperties.class)
class ReadAccessConfiguration {

  @Bean
  ReadAccess readAccess(
      ReadAccessProperties properties, ReferenceData referenceData, InputRules rules) {
    KnownAgencies.require(
        "kaohe.assessment.read-access.oversight-agencies",
        properties.oversightAgencies().stream(),
        referenceData);
    return new ReadAccess(referenceData, rules, properties.oversightAgencies());
  }
}

package org.kaohe.assessment.config;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaohe.assessment.reference.ReferenceData;
import org.kaohe.assessment.reference.VetoChecks;
import org.kaohe.assessment.reference.VetoItems;
import org.kaohe.assessment.reference.VetoItemsCsv;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The veto items reference file, read once at start-up from {@code kaohe.reference.veto-items-file}
 * (the shipped file, or an operator's) and checked against the agencies; a bad file stops the
 * start.
 */
@Configuration(proxyBeanMethods = false)
class VetoReferenceConfiguration {

  @Bean
  VetoItems vetoItems(
      @Value("${kaohe.reference.veto-items-file}") Resource file, ReferenceData reference)
      throws IOException {
    Set<String> agencies =
        reference.agencies().stream()
            .map(agency -> agency.code().value())
            .collect(Collectors.toSet());
    return new VetoItems(
        ReferenceConfiguration.read(file, (in, origin) -> VetoItemsCsv.read(in, origin, agencies)));
  }

  @Bean
  VetoChecks vetoChecks(ReferenceData reference, VetoItems vetoItems) {
    return new VetoChecks(reference, vetoItems);
  }
}

package org.kaohe.assessment.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaohe.assessment.round.application.InputRules;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code kaohe.assessment.inputs.*}: see {@link InputRules}; defaults in application.yml. */
@ConfigurationProperties("kaohe.assessment.inputs")
record InputRulesProperties(
    Set<String> politicalQuality,
    Set<String> democraticEvaluation,
    List<String> raterGroups,
    Map<String, Set<String>> findingSources,
    List<String> findingSeverities,
    BigDecimal maxDeduction) {

  InputRules toRules() {
    return new InputRules(
        politicalQuality,
        democraticEvaluation,
        raterGroups,
        findingSources,
        findingSeverities,
        maxDeduction);
  }
}

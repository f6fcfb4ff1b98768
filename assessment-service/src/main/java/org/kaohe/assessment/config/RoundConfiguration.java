package org.kaohe.assessment.config;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kaohe.assessment.reference.ScoreSubmissionCheck;
import org.kaohe.assessment.reference.SubjectCheck;
import org.kaohe.assessment.round.application.InputRules;
import org.kaohe.assessment.round.application.RoundCommands;
import org.kaohe.assessment.round.application.RoundInputs;
import org.kaohe.assessment.round.application.ScoreRecorder;
import org.kaohe.platform.reference.ReferenceData;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How inputs reach a unit's round: the one way scores are recorded, whatever channel they arrive
 * through, and the other inputs under the configured rules. The rules name agencies, which must be
 * in the reference data: a bad name stops the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InputRulesProperties.class)
class RoundConfiguration {

  @Bean
  RoundCommands roundCommands(CommandGateway commands, ReferenceData referenceData, Clock clock) {
    return new RoundCommands(commands, referenceData, clock);
  }

  @Bean
  ScoreRecorder scoreRecorder(ScoreSubmissionCheck check, RoundCommands roundCommands) {
    return new ScoreRecorder(check, roundCommands);
  }

  @Bean
  InputRules inputRules(InputRulesProperties properties, ReferenceData referenceData) {
    InputRules rules = properties.toRules();
    KnownAgencies.require(
        "kaohe.assessment.inputs",
        Stream.of(
                rules.politicalQualityAgencies().stream(),
                rules.democraticEvaluationAgencies().stream(),
                rules.findingSources().values().stream().flatMap(Set::stream))
            .flatMap(agencies -> agencies),
        referenceData);
    return rules;
  }

  @Bean
  RoundInputs roundInputs(
      ReferenceData referenceData, InputRules rules, RoundCommands roundCommands) {
    return new RoundInputs(new SubjectCheck(referenceData), rules, roundCommands);
  }
}

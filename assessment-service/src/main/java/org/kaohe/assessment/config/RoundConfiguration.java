package org.kaohe.assessment.config;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kaohe.assessment.reference.ReferenceData;
import org.kaohe.assessment.reference.ScoreSubmissionCheck;
import org.kaohe.assessment.round.application.ScoreRecorder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one way scores are recorded, whatever channel they arrive through. */
@Configuration(proxyBeanMethods = false)
class RoundConfiguration {

  @Bean
  ScoreRecorder scoreRecorder(
      CommandGateway commands,
      ScoreSubmissionCheck check,
      ReferenceData referenceData,
      Clock clock) {
    return new ScoreRecorder(commands, check, referenceData, clock);
  }
}

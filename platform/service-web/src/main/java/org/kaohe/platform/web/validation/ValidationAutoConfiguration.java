package org.kaohe.platform.web.validation;

import org.kaohe.platform.web.problem.ProblemAutoConfiguration;
import org.kaohe.platform.web.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** The checks every service applies to what a client sends besides the body's own fields. */
@AutoConfiguration(after = ProblemAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ValidationAutoConfiguration {

  @Bean
  RequestIdCheck requestIdCheck(ProblemWriter problems) {
    return new RequestIdCheck(problems);
  }
}

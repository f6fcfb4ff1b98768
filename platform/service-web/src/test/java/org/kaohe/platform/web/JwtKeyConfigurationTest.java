package org.kaohe.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kaohe.platform.web.problem.ProblemAutoConfiguration;
import org.kaohe.platform.web.security.JwtConfigurationException;
import org.kaohe.platform.web.security.WebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

class JwtKeyConfigurationTest {

  private final ReactiveWebApplicationContextRunner runner =
      new ReactiveWebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WebFluxAutoConfiguration.class,
                  ProblemAutoConfiguration.class,
                  WebSecurityAutoConfiguration.class));

  @Test
  void startupFailsWhenNoKeyIsConfigured() {
    runner.run(
        context ->
            assertThat(context)
                .getFailure()
                .rootCause()
                .isInstanceOf(JwtConfigurationException.class)
                .hasMessageContaining("kaohe.security.jwt.jwk-set-uri")
                .hasMessageContaining("kaohe.security.jwt.hmac-secret"));
  }

  @Test
  void startupFailsWhenHmacSecretIsShorterThan32Bytes() {
    runner
        .withPropertyValues("kaohe.security.jwt.hmac-secret=too-short")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(JwtConfigurationException.class)
                    .hasMessage(
                        "kaohe.security.jwt.hmac-secret is 9 bytes; HS256 needs at least 32."));
  }

  @Test
  void jwkSetUriIsUsedEvenWhenBlankSecretComesFromAnEmptyEnvironmentVariable() {
    runner
        .withPropertyValues(
            "kaohe.security.jwt.hmac-secret=",
            "kaohe.security.jwt.jwk-set-uri=https://id.example.org/jwks.json")
        .run(context -> assertThat(context).hasSingleBean(ReactiveJwtDecoder.class));
  }
}

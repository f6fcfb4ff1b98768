package org.kaohe.platform.web.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class JwtConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<JwtConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, JwtConfigurationException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Set kaohe.security.jwt.jwk-set-uri (production) or kaohe.security.jwt.hmac-secret"
            + " (local, at least 32 bytes), e.g. through KAOHE_JWT_JWK_SET_URI or KAOHE_JWT_SECRET.",
        cause);
  }
}

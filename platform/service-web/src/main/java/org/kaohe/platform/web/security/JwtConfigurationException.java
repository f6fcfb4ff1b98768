package org.kaohe.platform.web.security;

/** The token verification key is missing or unusable; the application cannot start. */
public class JwtConfigurationException extends IllegalStateException {

  public JwtConfigurationException(String message) {
    super(message);
  }
}

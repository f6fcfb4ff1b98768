package org.kaohe.assessment.idempotency;

import java.security.Principal;
import java.util.Optional;
import org.kaohe.platform.web.TokenClaims;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Whose key it is: the token's subject and agency. Two callers' equal keys are different keys.
 *
 * @param agency the token's agency, or "" when it names none
 */
public record KeyOwner(String principal, String agency) {

  /** The owner named by an authenticated bearer token; empty for any other principal. */
  public static Optional<KeyOwner> of(Principal principal) {
    if (!(principal instanceof JwtAuthenticationToken token)) {
      return Optional.empty();
    }
    String agency = token.getToken().getClaimAsString(TokenClaims.AGENCY);
    return Optional.of(new KeyOwner(token.getName(), agency == null ? "" : agency.strip()));
  }
}

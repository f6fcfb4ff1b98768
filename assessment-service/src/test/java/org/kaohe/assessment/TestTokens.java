package org.kaohe.assessment;

import org.kaohe.tools.embedded.LocalTokens;

/** Bearer tokens as the local identity provider issues them. */
final class TestTokens {
  private TestTokens() {}

  static String bearer(String role, String agency) {
    return bearer("li.wei", role, agency);
  }

  static String bearer(String subject, String role, String agency) {
    return LocalTokens.bearer(subject, role, agency);
  }
}

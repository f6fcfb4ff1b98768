package org.kaohe.assessment.visibility;

import java.util.Optional;

/**
 * Who reads, as far as visibility goes: the agency the token names, if any, and whether the reader
 * oversees every round (an auditor, an administrator or a configured oversight agency).
 */
public record Reader(Optional<String> agency, boolean overseer) {

  /** Whether this reader is that agency itself. */
  public boolean is(String agencyCode) {
    return agency.map(agencyCode::equals).orElse(false);
  }
}

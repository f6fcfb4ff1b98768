package org.kaohe.assessment.audit;

import java.util.List;
import java.util.stream.Collectors;

/** An audit request with bad parameters; the message lists every one of them. */
public final class InvalidAuditQuery extends RuntimeException {
  private final List<Violation> violations;

  InvalidAuditQuery(List<Violation> violations) {
    super(violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}

package org.kaohe.assessment.reference;

import java.util.List;
import java.util.stream.Collectors;

/** A request that names what the reference data does not know or allow; a 400 for anyone. */
public final class InvalidAgainstReference extends RuntimeException {
  private final List<Violation> violations;

  InvalidAgainstReference(List<Violation> violations) {
    super(violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  InvalidAgainstReference(Violation violation) {
    this(List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }
}

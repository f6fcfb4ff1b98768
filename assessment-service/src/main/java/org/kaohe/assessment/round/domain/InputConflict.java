package org.kaohe.assessment.round.domain;

import java.util.Optional;

/**
 * A submission that would silently replace an input its submitter did not know about, or that names
 * a replaced value which is no longer current. Carries the input as it stands.
 */
public final class InputConflict extends RuntimeException {
  private final transient Object current;

  InputConflict(String message, Object current) {
    super(message);
    this.current = current;
  }

  /** Empty when nothing is recorded yet. */
  public Optional<Object> current() {
    return Optional.ofNullable(current);
  }
}

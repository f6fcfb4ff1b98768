package org.kaohe.assessment.round.domain;

import java.util.Optional;

/**
 * A submission that would silently overwrite a score its submitter did not know about, or that
 * names a replaced value which is no longer current. Carries the score as it stands.
 */
public final class ScoreConflict extends RuntimeException {
  private final transient CurrentScore current;

  ScoreConflict(String message, CurrentScore current) {
    super(message);
    this.current = current;
  }

  /** Empty when nothing is recorded yet. */
  public Optional<CurrentScore> current() {
    return Optional.ofNullable(current);
  }
}

package org.kaohe.platform.reference;

import java.util.List;
import java.util.Optional;

/**
 * How often an indicator is scored within a year: once, or every half year (the regular assessment,
 * kept as an archive of {@code H1} and {@code H2} scores).
 */
public enum Periodicity {
  ANNUAL(List.of()),
  HALF_YEAR(List.of("H1", "H2"));

  private final List<String> periods;

  Periodicity(List<String> periods) {
    this.periods = periods;
  }

  /** The periods a score names, e.g. {@code H1, H2}; none for an annual indicator. */
  public List<String> periods() {
    return periods;
  }

  /** How the catalogue file spells it: {@code annual} or {@code half-year}. */
  public String label() {
    return name().toLowerCase().replace('_', '-');
  }

  public static Optional<Periodicity> parse(String label) {
    for (Periodicity periodicity : values()) {
      if (periodicity.label().equals(label)) {
        return Optional.of(periodicity);
      }
    }
    return Optional.empty();
  }
}

package org.kaohe.platform.reference.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kaohe.platform.reference.InvalidReferenceFile;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.ReferenceFiles;

/**
 * The scoring scheme of each year, read from {@link ReferenceFiles#SCHEMES} after the other
 * reference files, whose units and catalogues it is checked against.
 */
public final class ScoringSchemes {
  private final NavigableMap<Integer, ScoringScheme> byYear = new TreeMap<>();

  public ScoringSchemes(List<ScoringScheme> schemes) {
    schemes.forEach(scheme -> byYear.put(scheme.year(), scheme));
  }

  /**
   * @throws InvalidReferenceFile listing every problem of the file with its line and rule
   */
  public static ScoringSchemes read(ReferenceFiles.Source source, ReferenceData reference)
      throws IOException {
    try (InputStream in = source.open()) {
      return new ScoringSchemes(
          SchemesYaml.read(in, source.description(), reference.units(), reference.catalogues()));
    }
  }

  /** The shipped schemes, checked against the shipped reference files. */
  public static ScoringSchemes shipped() {
    try {
      return read(ReferenceFiles.shipped(ReferenceFiles.SCHEMES), ReferenceFiles.shipped());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<ScoringScheme> of(int year) {
    return Optional.ofNullable(byYear.get(year));
  }

  /** Every year with a scheme, in order. */
  public Set<Integer> years() {
    return Collections.unmodifiableNavigableSet(byYear.navigableKeySet());
  }
}

package org.kaohe.platform.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one reference file, so that an operator sees all of them at once rather
 * than one per start-up.
 */
public final class FileProblems {
  private record Problem(int line, int column, String text) {}

  private final String origin;
  private final List<Problem> problems = new ArrayList<>();

  public FileProblems(String origin) {
    this.origin = origin;
  }

  void at(int line, String message) {
    problems.add(new Problem(line, 0, "line " + line + ": " + message));
  }

  public void at(YamlLocations.Place place, String message) {
    problems.add(
        new Problem(
            place.line(),
            place.column(),
            "line " + place.line() + ", column " + place.column() + ": " + message));
  }

  public void inFile(String message) {
    problems.add(new Problem(0, 0, message));
  }

  public boolean any() {
    return !problems.isEmpty();
  }

  public int count() {
    return problems.size();
  }

  void throwIfAny() {
    if (any()) {
      throw new InvalidReferenceFile(origin, problems.stream().map(Problem::text).toList());
    }
  }

  /** As {@link #throwIfAny()}, the problems in the order of their places in the file. */
  public void throwIfAnyInFileOrder() {
    problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    throwIfAny();
  }
}

package org.kaohe.platform.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one reference file, so that an operator sees all of them at once rather
 * than one per start-up.
 */
final class FileProblems {
  private final String origin;
  private final List<String> problems = new ArrayList<>();

  FileProblems(String origin) {
    this.origin = origin;
  }

  void at(int line, String message) {
    problems.add("line " + line + ": " + message);
  }

  void inFile(String message) {
    problems.add(message);
  }

  boolean any() {
    return !problems.isEmpty();
  }

  int count() {
    return problems.size();
  }

  void throwIfAny() {
    if (any()) {
      throw new InvalidReferenceFile(origin, problems);
    }
  }
}

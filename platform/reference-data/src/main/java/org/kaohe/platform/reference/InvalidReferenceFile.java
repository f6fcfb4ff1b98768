package org.kaohe.platform.reference;

import java.util.List;

/** A reference file that cannot be used; the message lists every problem with its line. */
public final class InvalidReferenceFile extends RuntimeException {
  private final String origin;
  private final List<String> problems;

  InvalidReferenceFile(String origin, List<String> problems) {
    super(origin + " is invalid:\n  " + String.join("\n  ", problems));
    this.origin = origin;
    this.problems = List.copyOf(problems);
  }

  public String origin() {
    return origin;
  }

  /** Each as {@code line N: what is wrong}, or without a line when it concerns the whole file. */
  public List<String> problems() {
    return problems;
  }
}

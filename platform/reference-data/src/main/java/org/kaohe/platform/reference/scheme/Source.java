package org.kaohe.platform.reference.scheme;

/**
 * Where a leaf's value comes from when it is not a catalogue indicator: each of these inputs has
 * one source in the system, so no agency types it in as a score.
 */
public enum Source {
  /** The mean of the H1 and H2 scores of the scheme's regular indicator. */
  REGULAR("平时考核"),
  /** The survey service's weighted score, 0 to 100, for a surveyed unit. */
  SURVEY("民意调查"),
  /** The ballot tallies of every rater group, turned into points by the scheme. */
  DEMOCRATIC("民主测评"),
  /** For a cadre: the composite of the cadre's unit. */
  UNIT_RESULT("所在单位考核结果");

  private final String label;

  Source(String label) {
    this.label = label;
  }

  /** The component's name in an explanation. */
  public String label() {
    return label;
  }
}

package org.kaohe.results.grading;

import java.util.List;

/**
 * A candidate's grade in its peer group.
 *
 * @param complete whether the composite and the rating are in; {@code missing} lists what is not
 * @param provisional whether the grade may still change because an input of this candidate or of
 *     any other in the peer group is missing
 * @param rank 1 for the highest composite, tied composites sharing a rank; null without a composite
 * @param grade null without a composite
 */
public record Graded(
    String code,
    boolean complete,
    List<String> missing,
    boolean provisional,
    boolean eligibleForExcellent,
    List<Ineligibility> ineligibility,
    String gradeBeforeAdjustment,
    String grade,
    List<Adjustment> adjustments,
    Integer rank,
    int peerGroupSize) {

  public Graded {
    missing = List.copyOf(missing);
    ineligibility = List.copyOf(ineligibility);
    adjustments = List.copyOf(adjustments);
  }

  /** Why EXCELLENT is ruled out, by the rule's code, with the events that caused it. */
  public record Ineligibility(GradeRule rule, String detail, List<String> sourceEventIds) {
    public Ineligibility {
      sourceEventIds = List.copyOf(sourceEventIds);
    }
  }

  /** A change of the grade after it was determined, by the rule's code and its events. */
  public record Adjustment(GradeRule rule, String from, String to, List<String> sourceEventIds) {
    public Adjustment {
      sourceEventIds = List.copyOf(sourceEventIds);
    }
  }
}

package org.kaohe.assessment.round.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kaohe.platform.web.problem.FieldViolation;

/** What a democratic-evaluation tally must satisfy before it is sent to the round. */
final class TallyRules {
  private TallyRules() {}

  static List<FieldViolation> violations(
      InputRules rules,
      String cadreCode,
      String raterGroup,
      int ballots,
      Map<String, Integer> gradeCounts,
      int negativeVotes) {
    List<FieldViolation> violations = new ArrayList<>();
    if (!rules.raterGroups().contains(raterGroup)) {
      violations.add(
          new FieldViolation(
              "raterGroup",
              "rater group must be one of "
                  + String.join(", ", rules.raterGroups())
                  + ", found "
                  + raterGroup));
    }
    List<String> grades = InputRules.gradesFor(cadreCode);
    gradeCounts.forEach(
        (grade, count) -> {
          if (!grades.contains(grade)) {
            violations.add(
                new FieldViolation(
                    "gradeCounts",
                    "grade "
                        + grade
                        + " is not one of "
                        + (cadreCode == null ? "a unit's" : "a cadre's")
                        + " grades: "
                        + String.join(", ", grades)));
          } else if (count == null || count < 0) {
            violations.add(
                new FieldViolation("gradeCounts", "the count of " + grade + " must be 0 or more"));
          }
        });
    // Summed as longs: a client's counts, each within an int, may overflow one together.
    long graded =
        gradeCounts.values().stream().filter(c -> c != null && c > 0).mapToLong(c -> c).sum();
    if (graded > ballots) {
      violations.add(
          new FieldViolation(
              "gradeCounts",
              "the grades count " + graded + " votes, more than the " + ballots + " ballots"));
    }
    if (negativeVotes < 0 || negativeVotes > ballots) {
      violations.add(
          new FieldViolation(
              "negativeVotes", "negative votes must be from 0 to the " + ballots + " ballots"));
    }
    return violations;
  }
}

package org.kaohe.assessment.round.application;

import java.util.ArrayList;
import java.util.List;
import org.kaohe.platform.web.problem.FieldViolation;

/** What a finding must satisfy before it is sent to the round. */
final class FindingRules {
  private FindingRules() {}

  static List<FieldViolation> violations(InputRules rules, RoundInputs.FindingInput finding) {
    List<FieldViolation> violations = new ArrayList<>();
    if (!rules.findingSeverities().contains(finding.severity())) {
      violations.add(
          new FieldViolation(
              "severity",
              "severity must be one of "
                  + String.join(", ", rules.findingSeverities())
                  + ", found "
                  + finding.severity()));
    }
    if (finding.deduction() != null
        && (finding.deduction().signum() < 0
            || finding.deduction().compareTo(rules.maxDeduction()) > 0)) {
      violations.add(
          new FieldViolation(
              "deduction",
              "a deduction must be from 0 to "
                  + rules.maxDeduction().toPlainString()
                  + ", found "
                  + finding.deduction().toPlainString()));
    }
    return violations;
  }
}

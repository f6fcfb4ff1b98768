package org.kaohe.assessment.round.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may submit the round's other inputs, and what they may contain (operator configuration,
 * {@code kaohe.assessment.inputs.*}): the agencies that rate political quality and record
 * democratic evaluations, the rater groups, the agencies that report findings of each source, and
 * the largest deduction a finding may carry.
 */
public record InputRules(
    Set<String> politicalQualityAgencies,
    Set<String> democraticEvaluationAgencies,
    List<String> raterGroups,
    Map<String, Set<String>> findingSources,
    List<String> findingSeverities,
    BigDecimal maxDeduction) {

  public static final List<String> UNIT_GRADES = List.of("EXCELLENT", "GOOD", "AVERAGE", "POOR");
  public static final List<String> CADRE_GRADES =
      List.of("EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT");

  public InputRules {
    politicalQualityAgencies = Set.copyOf(politicalQualityAgencies);
    democraticEvaluationAgencies = Set.copyOf(democraticEvaluationAgencies);
    raterGroups = List.copyOf(raterGroups);
    findingSources = Map.copyOf(findingSources);
    findingSeverities = List.copyOf(findingSeverities);
  }

  /** The grades a rater may choose: a unit's four grades, or a cadre's four. */
  public static List<String> gradesFor(String cadreCode) {
    return cadreCode == null ? UNIT_GRADES : CADRE_GRADES;
  }
}

package org.kaohe.results.grading;

import java.math.BigDecimal;
import java.util.List;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.results.grading.Graded.Adjustment;
import org.kaohe.results.grading.Graded.Ineligibility;
import org.kaohe.results.scoring.ComponentResult;
import org.kaohe.results.scoring.Composite;
import org.kaohe.results.scoring.Deduction;

/**
 * A unit's annual result as published, field for field the answer of {@code GET
 * /api/results/units/{unitCode}/{year}}; {@code provisional} marks a grade that may still change
 * because an input of the unit or of its peer group is missing. {@code resultId} is derived from
 * everything else, so the same inputs give the same id on any machine.
 */
public record UnitResult(
    String unitCode,
    int year,
    String category,
    String type,
    String peerGroup,
    String schemeVersion,
    boolean complete,
    List<String> missing,
    BigDecimal composite,
    List<ComponentResult> components,
    List<Deduction> deductions,
    boolean eligibleForExcellent,
    List<Ineligibility> ineligibility,
    String gradeBeforeAdjustment,
    String grade,
    List<Adjustment> adjustments,
    Integer rank,
    int peerGroupSize,
    boolean provisional,
    String resultId) {

  public UnitResult {
    missing = List.copyOf(missing);
    components = List.copyOf(components);
    deductions = List.copyOf(deductions);
    ineligibility = List.copyOf(ineligibility);
    adjustments = List.copyOf(adjustments);
  }

  /**
   * @param graded the unit's grade from {@link Grading#peerGroup} over {@code peerGroup}
   */
  public static UnitResult of(
      AssessedUnit unit, int year, String peerGroup, Composite composite, Graded graded) {
    UnitResult result =
        new UnitResult(
            unit.code().value(),
            year,
            unit.category().name(),
            unit.type(),
            peerGroup,
            composite.schemeVersion(),
            graded.complete(),
            graded.missing(),
            composite.composite(),
            composite.components(),
            composite.deductions(),
            graded.eligibleForExcellent(),
            graded.ineligibility(),
            graded.gradeBeforeAdjustment(),
            graded.grade(),
            graded.adjustments(),
            graded.rank(),
            graded.peerGroupSize(),
            graded.provisional(),
            null);
    return result.withResultId(ResultIds.of("UNIT:" + result.unitCode() + ":" + year, result));
  }

  UnitResult withResultId(String id) {
    return new UnitResult(
        unitCode,
        year,
        category,
        type,
        peerGroup,
        schemeVersion,
        complete,
        missing,
        composite,
        components,
        deductions,
        eligibleForExcellent,
        ineligibility,
        gradeBeforeAdjustment,
        grade,
        adjustments,
        rank,
        peerGroupSize,
        provisional,
        id);
  }
}

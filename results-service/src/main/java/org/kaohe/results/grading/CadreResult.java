package org.kaohe.results.grading;

import java.math.BigDecimal;
import java.util.List;
import org.kaohe.platform.reference.Cadre;
import org.kaohe.results.grading.Graded.Adjustment;
import org.kaohe.results.grading.Graded.Ineligibility;
import org.kaohe.results.scoring.ComponentResult;
import org.kaohe.results.scoring.Composite;
import org.kaohe.results.scoring.Deduction;

/**
 * A cadre's annual result as published, field for field the answer of {@code GET
 * /api/results/cadres/{cadreCode}/{year}}: the shape of {@link UnitResult} with the cadre's unit
 * and role in place of the unit's category and type.
 */
public record CadreResult(
    String cadreCode,
    String unitCode,
    String role,
    int year,
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

  public CadreResult {
    missing = List.copyOf(missing);
    components = List.copyOf(components);
    deductions = List.copyOf(deductions);
    ineligibility = List.copyOf(ineligibility);
    adjustments = List.copyOf(adjustments);
  }

  /**
   * @param graded the cadre's grade from {@link Grading#peerGroup} over {@code peerGroup}
   */
  public static CadreResult of(
      Cadre cadre, int year, String peerGroup, Composite composite, Graded graded) {
    CadreResult result =
        new CadreResult(
            cadre.code().value(),
            cadre.unitCode().value(),
            cadre.role().name(),
            year,
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
    return result.withResultId(ResultIds.of("CADRE:" + result.cadreCode() + ":" + year, result));
  }

  CadreResult withResultId(String id) {
    return new CadreResult(
        cadreCode,
        unitCode,
        role,
        year,
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

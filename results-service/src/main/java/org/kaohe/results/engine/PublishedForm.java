package org.kaohe.results.engine;

import java.time.Instant;
import java.util.List;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.results.CadreResultPublishedEvent;
import org.kaohe.events.results.ResultAdjustment;
import org.kaohe.events.results.ResultComponent;
import org.kaohe.events.results.ResultDeduction;
import org.kaohe.events.results.ResultRule;
import org.kaohe.events.results.UnitResultPublishedEvent;
import org.kaohe.results.grading.CadreResult;
import org.kaohe.results.grading.Graded;
import org.kaohe.results.grading.UnitResult;
import org.kaohe.results.scoring.ComponentResult;
import org.kaohe.results.scoring.Deduction;

/** A computed result in its published form, the contract of {@code results.events} and the API. */
final class PublishedForm {
  private PublishedForm() {}

  static UnitResultPublishedEvent of(UnitResult r, String sourceEventId, Instant computedAt) {
    return new UnitResultPublishedEvent(
        new UnitCode(r.unitCode()),
        r.year(),
        r.category(),
        r.type(),
        r.peerGroup(),
        r.schemeVersion(),
        r.complete(),
        r.missing(),
        r.composite(),
        components(r.components()),
        deductions(r.deductions()),
        r.eligibleForExcellent(),
        rules(r.ineligibility()),
        r.gradeBeforeAdjustment(),
        r.grade(),
        adjustments(r.adjustments()),
        r.rank(),
        r.peerGroupSize(),
        r.provisional(),
        r.resultId(),
        sourceEventId,
        computedAt);
  }

  static CadreResultPublishedEvent of(CadreResult r, String sourceEventId, Instant computedAt) {
    return new CadreResultPublishedEvent(
        new CadreCode(r.cadreCode()),
        new UnitCode(r.unitCode()),
        r.role(),
        r.year(),
        r.peerGroup(),
        r.schemeVersion(),
        r.complete(),
        r.missing(),
        r.composite(),
        components(r.components()),
        deductions(r.deductions()),
        r.eligibleForExcellent(),
        rules(r.ineligibility()),
        r.gradeBeforeAdjustment(),
        r.grade(),
        adjustments(r.adjustments()),
        r.rank(),
        r.peerGroupSize(),
        r.provisional(),
        r.resultId(),
        sourceEventId,
        computedAt);
  }

  private static List<ResultComponent> components(List<ComponentResult> components) {
    return components.stream()
        .map(
            c ->
                new ResultComponent(
                    c.code(),
                    c.name(),
                    c.weight(),
                    c.schemeWeight(),
                    c.value(),
                    c.contribution(),
                    c.sourceEventIds(),
                    components(c.children())))
        .toList();
  }

  private static List<ResultDeduction> deductions(List<Deduction> deductions) {
    return deductions.stream()
        .map(
            d ->
                new ResultDeduction(
                    d.findingId(), d.source(), d.requested(), d.points(), d.sourceEventId()))
        .toList();
  }

  private static List<ResultRule> rules(List<Graded.Ineligibility> rules) {
    return rules.stream()
        .map(i -> new ResultRule(i.rule().name(), i.detail(), i.sourceEventIds()))
        .toList();
  }

  private static List<ResultAdjustment> adjustments(List<Graded.Adjustment> adjustments) {
    return adjustments.stream()
        .map(a -> new ResultAdjustment(a.rule().name(), a.from(), a.to(), a.sourceEventIds()))
        .toList();
  }
}

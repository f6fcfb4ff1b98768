package org.kaohe.assessment.round.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.ids.CadreCode;

/**
 * What a finding says: where it came from, how severe it is, a summary, an optional score deduction
 * and the cadre concerned, if any. A finding id is the reporting agency's own reference, so it
 * names a finding only together with that agency; two submissions of one agency's finding id must
 * say the same.
 */
public record Finding(
    CadreCode cadreCode, String source, String severity, String summary, BigDecimal deduction) {

  /**
   * How a round keys a finding, e.g. {@code PROV-AUDIT:AUDIT-2026-0147}: two agencies' equal
   * references are two findings, and neither agency's use of an id affects the other's.
   */
  public static String key(String agency, String findingId) {
    return agency + ":" + findingId;
  }

  /** What a recorded finding says. */
  public static Finding of(FindingRecordedEvent event) {
    return new Finding(
        event.cadreCode(), event.source(), event.severity(), event.summary(), event.deduction());
  }

  boolean sameAs(Finding other) {
    return source.equals(other.source)
        && severity.equals(other.severity)
        && summary.equals(other.summary)
        && Objects.equals(cadreCode, other.cadreCode)
        && (deduction == null
            ? other.deduction == null
            : other.deduction != null && deduction.compareTo(other.deduction) == 0);
  }
}

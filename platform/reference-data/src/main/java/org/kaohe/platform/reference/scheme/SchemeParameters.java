package org.kaohe.platform.reference.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaohe.events.assessment.PoliticalRating;

/**
 * Everything of a scheme but its trees; the shipped {@code schemes.yml} documents each field.
 *
 * @param vetoCapsGrade the best grade a confirmed veto leaves, per subject; empty when off
 */
public record SchemeParameters(
    String regularIndicator,
    BySubject<BigDecimal> excellentShare,
    BigDecimal excellentThreshold,
    BigDecimal regularThreshold,
    BySubject<List<GradeBand>> gradeBands,
    Map<PoliticalRating, Integer> politicalQualityLowers,
    BySubject<Optional<String>> vetoCapsGrade,
    HqdTest hqdOutstanding,
    BySubject<Map<String, BigDecimal>> democraticPoints,
    DeductionCaps deductionCaps,
    TieRule tieRule) {

  public SchemeParameters {
    politicalQualityLowers = Map.copyOf(politicalQualityLowers);
  }

  /** A value for units and one for cadres. */
  public record BySubject<T>(T units, T cadres) {
    public T of(GradeScale scale) {
      return scale == GradeScale.UNITS ? units : cadres;
    }
  }

  /** A grade below EXCELLENT and the lowest composite that earns it. */
  public record GradeBand(String grade, BigDecimal from) {}

  /** When high-quality development counts as outstanding in its peer group. */
  public record HqdTest(Kind test, BigDecimal value) {
    public enum Kind {
      /** Fewer than {@code value} × peer group size units have a higher HQD value. */
      TOP_SHARE,
      /** The HQD value is at least {@code value}. */
      MIN_SCORE
    }
  }

  /** The most points one finding, one source's findings and all findings deduct. */
  public record DeductionCaps(BigDecimal perFinding, BigDecimal perSource, BigDecimal total) {}

  /** How ties at the last EXCELLENT place are settled. */
  public enum TieRule {
    /** When the tied units do not all fit in the places left, all of them are left out. */
    LEAVE_OUT_TIED
  }

  /** The grade a band gives to {@code composite}. */
  public String bandGrade(GradeScale scale, BigDecimal composite) {
    List<GradeBand> bands = gradeBands.of(scale);
    return bands.stream()
        .filter(band -> composite.compareTo(band.from()) >= 0)
        .findFirst()
        .orElse(bands.get(bands.size() - 1))
        .grade();
  }
}

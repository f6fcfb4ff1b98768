package org.kaohe.results.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.CadreRole;
import org.kaohe.platform.reference.UnitCategory;
import org.kaohe.platform.reference.UnitKind;
import org.kaohe.platform.reference.scheme.Component;
import org.kaohe.platform.reference.scheme.SchemeParameters;
import org.kaohe.platform.reference.scheme.SchemeParameters.BySubject;
import org.kaohe.platform.reference.scheme.SchemeParameters.DeductionCaps;
import org.kaohe.platform.reference.scheme.SchemeParameters.GradeBand;
import org.kaohe.platform.reference.scheme.SchemeParameters.HqdTest;
import org.kaohe.platform.reference.scheme.SchemeParameters.TieRule;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.platform.reference.scheme.Source;
import org.kaohe.platform.reference.scheme.UnitTree;

/**
 * A small scheme whose numbers are easy to follow by hand: for cities HQD 0.60 (HQD-ECONOMY and
 * HQD-RURAL 0.50 each), REGULAR 0.30, SURVEY 0.05 (to HQD when not surveyed), DEMOCRATIC 0.05; for
 * principals REGULAR 0.30, UNIT_RESULT 0.50, DEMOCRATIC 0.20. EXCELLENT for at most half of a peer
 * group at or above 90; bands GOOD 80, AVERAGE 60; deductions capped at 5 per finding, 8 per source
 * and 12 in all.
 */
public final class TestSchemes {
  public static final String VERSION = "test-1";
  public static final AssessedUnit CITY = unit("620100", true);
  public static final AssessedUnit UNSURVEYED_CITY = unit("620200", false);

  private TestSchemes() {}

  public static ScoringScheme scheme() {
    return scheme(Optional.empty(), new HqdTest(HqdTest.Kind.TOP_SHARE, d("0.5")));
  }

  /** The same scheme with a cap on the grade a confirmed veto leaves and the given HQD test. */
  public static ScoringScheme scheme(Optional<String> unitVetoCap, HqdTest hqd) {
    SchemeParameters parameters =
        new SchemeParameters(
            "REGULAR-HALF-YEAR",
            new BySubject<>(d("0.5"), d("0.5")),
            d("90"),
            d("90"),
            new BySubject<>(
                List.of(band("GOOD", "80"), band("AVERAGE", "60"), band("POOR", "0")),
                List.of(
                    band("COMPETENT", "70"),
                    band("BASICALLY_COMPETENT", "60"),
                    band("INCOMPETENT", "0"))),
            Map.of(PoliticalRating.AVERAGE, 1, PoliticalRating.POOR, 1),
            new BySubject<>(unitVetoCap, Optional.empty()),
            hqd,
            new BySubject<>(
                Map.of("EXCELLENT", d("100"), "GOOD", d("80"), "AVERAGE", d("60"), "POOR", d("0")),
                Map.of(
                    "EXCELLENT", d("100"),
                    "COMPETENT", d("80"),
                    "BASICALLY_COMPETENT", d("60"),
                    "INCOMPETENT", d("0"))),
            new DeductionCaps(d("5"), d("8"), d("12")),
            TieRule.LEAVE_OUT_TIED);
    UnitTree cities =
        new UnitTree(
            List.of(UnitKind.parse("CITY")),
            "CITY",
            "HQD",
            List.of(
                Component.node(
                    "HQD",
                    "高质量发展",
                    d("0.60"),
                    List.of(
                        Component.indicator("HQD-ECONOMY", "经济建设", d("0.50")),
                        Component.indicator("HQD-RURAL", "乡村振兴", d("0.50")))),
                Component.source(Source.REGULAR, d("0.30")),
                Component.source(Source.SURVEY, d("0.05")),
                Component.source(Source.DEMOCRATIC, d("0.05"))));
    List<Component> principals =
        List.of(
            Component.source(Source.REGULAR, d("0.30")),
            Component.source(Source.UNIT_RESULT, d("0.50")),
            Component.source(Source.DEMOCRATIC, d("0.20")));
    return new ScoringScheme(
        2026,
        VERSION,
        parameters,
        List.of(cities),
        Map.of(CadreRole.PRINCIPAL, principals, CadreRole.DEPUTY, principals));
  }

  public static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static GradeBand band(String grade, String from) {
    return new GradeBand(grade, d(from));
  }

  private static AssessedUnit unit(String code, boolean surveyed) {
    return new AssessedUnit(
        new UnitCode(code), code, "", UnitCategory.CITY, "ECONOMIC", null, surveyed);
  }
}

package org.kaohe.results.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Cadre;
import org.kaohe.platform.reference.CadreRole;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.reference.UnitCategory;
import org.kaohe.platform.reference.scheme.Component;
import org.kaohe.platform.reference.scheme.GradeScale;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.platform.reference.scheme.ScoringSchemes;
import org.kaohe.results.grading.Candidate.Rating;
import org.kaohe.results.scoring.ComponentResult;
import org.kaohe.results.scoring.Composite;
import org.kaohe.results.scoring.Inputs;
import org.kaohe.results.scoring.Scoring;

/** The 14 cities on the shipped 2026 scheme, from the inputs to the published result. */
class ShippedSchemeResultsTest {
  private static final ReferenceData REFERENCE = ReferenceFiles.shipped();
  private static final ScoringScheme SCHEME = ScoringSchemes.shipped().of(2026).orElseThrow();
  private static final AssessedUnit LANZHOU = REFERENCE.unit("620100").orElseThrow();

  @Test
  void aCityWithEveryInputGetsItsExplainedResultAndTheOthersAreMissingTheirs() {
    List<AssessedUnit> cities =
        REFERENCE.units().stream().filter(u -> u.category() == UnitCategory.CITY).toList();
    List<Candidate> candidates = new ArrayList<>();
    Composite lanzhou = null;
    for (AssessedUnit city : cities) {
      boolean filled = city.equals(LANZHOU);
      Composite composite = Scoring.unit(SCHEME, city, filled ? everyInputAt95() : nothing());
      lanzhou = filled ? composite : lanzhou;
      candidates.add(
          new Candidate(
              city.code().value(),
              composite,
              filled ? new Rating(PoliticalRating.GOOD, "rating-620100") : null,
              List.of()));
    }

    List<Graded> graded = Grading.peerGroup(SCHEME, GradeScale.UNITS, candidates);
    UnitResult result = UnitResult.of(LANZHOU, 2026, "CITY", lanzhou, graded.get(0));

    // Every input 95 but the democratic evaluation, 100 from ballots all EXCELLENT (weight 0.05).
    assertThat(result.composite()).isEqualByComparingTo("95.25");
    assertThat(result.unitCode()).isEqualTo("620100");
    assertThat(result.category()).isEqualTo("CITY");
    assertThat(result.type()).isEqualTo("ECONOMIC");
    assertThat(result.schemeVersion()).isEqualTo("2026.1");
    assertThat(result.complete()).isTrue();
    assertThat(result.missing()).isEmpty();
    assertThat(result.components())
        .extracting(ComponentResult::code)
        .containsExactly(
            "PERFORMANCE",
            "PARTY-BUILDING",
            "REGULAR",
            "DEMOCRATIC",
            "LEADERS-EVALUATION",
            "SURVEY");
    assertThat(sum(result.components().stream().map(ComponentResult::weight).toList()))
        .isEqualByComparingTo("1");
    assertThat(sum(result.components().stream().map(ComponentResult::contribution).toList()))
        .isEqualByComparingTo(result.composite());
    assertThat(result.components().get(0).children().get(0).children())
        .extracting(ComponentResult::code)
        .containsExactly(
            "HQD-ECONOMY", "HQD-RURAL", "HQD-ETHNIC-RELIGIOUS", "HQD-INNOVATION", "HQD-LIVELIHOOD");
    assertThat(result.grade()).isEqualTo("EXCELLENT");
    assertThat(result.rank()).isEqualTo(1);
    assertThat(result.peerGroupSize()).isEqualTo(14);
    assertThat(result.provisional()).isTrue();
    assertThat(result.resultId())
        .hasSize(32)
        .isEqualTo(UnitResult.of(LANZHOU, 2026, "CITY", lanzhou, graded.get(0)).resultId())
        // the second time remembered, not hashed: the same id as the text's hash
        .isEqualTo(ResultIds.of(result.withResultId(null)));
    UnitResult unranked = UnitResult.of(LANZHOU, 2026, "CITY", lanzhou, graded.get(1));
    assertThat(unranked.resultId())
        .isNotEqualTo(result.resultId())
        .isEqualTo(ResultIds.of(unranked.withResultId(null)));
    // The id hashes the result's text exactly as Java prints the record.
    assertThat(ResultIds.text(result.withResultId(null)))
        .isEqualTo(result.withResultId(null).toString());
    assertThat(graded.get(1).grade()).isNull();
    assertThat(graded.get(1).rank()).isNull();
    assertThat(graded.get(1).missing()).contains("HQD-ECONOMY", "SURVEY", "POLITICAL_RATING");
  }

  @Test
  void aPrincipalsResultTakesTheUnitsResultAsAComponent() {
    Composite unit = Scoring.unit(SCHEME, LANZHOU, everyInputAt95());
    UnitResult unitResult =
        UnitResult.of(
            LANZHOU,
            2026,
            "CITY",
            unit,
            Grading.peerGroup(
                    SCHEME,
                    GradeScale.UNITS,
                    List.of(new Candidate("620100", unit, null, List.of())))
                .get(0));
    Cadre principal = REFERENCE.cadre("C-620100-1").orElseThrow();
    Inputs inputs =
        new Inputs(
            List.of(
                new Inputs.Score("REGULAR-HALF-YEAR", "H1", new BigDecimal("90"), "c-h1"),
                new Inputs.Score("REGULAR-HALF-YEAR", "H2", new BigDecimal("92"), "c-h2"),
                new Inputs.Score("LEADERS-EVALUATION", null, new BigDecimal("88"), "c-leaders")),
            null,
            List.of(new Inputs.Tally("CADRES", Map.of("COMPETENT", 10), "c-tally")),
            List.of(),
            new Inputs.Sourced(unitResult.composite(), unitResult.resultId()));

    Composite composite = Scoring.cadre(SCHEME, CadreRole.PRINCIPAL, inputs);
    Graded graded =
        Grading.peerGroup(
                SCHEME,
                GradeScale.CADRES,
                List.of(
                    new Candidate(
                        "C-620100-1", composite, new Rating(PoliticalRating.GOOD, "r"), List.of())))
            .get(0);
    CadreResult result =
        CadreResult.of(
            principal,
            2026,
            ScoringScheme.cadrePeerGroup(LANZHOU, CadreRole.PRINCIPAL),
            composite,
            graded);

    // 0.30 x 91 + 0.30 x 95.25 + 0.20 x 80 + 0.20 x 88
    assertThat(result.composite()).isEqualByComparingTo("89.475");
    assertThat(result.components().get(1).sourceEventIds()).containsExactly(unitResult.resultId());
    assertThat(result.peerGroup()).isEqualTo("CITY/PRINCIPAL");
    assertThat(result.role()).isEqualTo("PRINCIPAL");
    assertThat(result.unitCode()).isEqualTo("620100");
    // Below the bar of 90: the band's grade.
    assertThat(result.grade()).isEqualTo("COMPETENT");
    assertThat(result.deductions()).isEmpty();
    assertThat(ResultIds.text(result.withResultId(null)))
        .isEqualTo(result.withResultId(null).toString());
  }

  /**
   * 95 for every indicator of Lanzhou's tree, both halves, and the survey; ballots all EXCELLENT.
   */
  private static Inputs everyInputAt95() {
    BigDecimal value = new BigDecimal("95");
    List<Inputs.Score> scores = new ArrayList<>();
    SCHEME.treeFor(LANZHOU).orElseThrow().components().stream()
        .flatMap(Component::flatten)
        .filter(c -> c.indicator() != null)
        .forEach(
            c -> scores.add(new Inputs.Score(c.indicator(), null, value, "e-" + c.indicator())));
    scores.add(new Inputs.Score("REGULAR-HALF-YEAR", "H1", value, "e-h1"));
    scores.add(new Inputs.Score("REGULAR-HALF-YEAR", "H2", value, "e-h2"));
    return new Inputs(
        scores,
        new Inputs.Sourced(value, "e-survey"),
        List.of(new Inputs.Tally("LEADERSHIP-MEMBERS", Map.of("EXCELLENT", 12), "e-tally")),
        List.of(),
        null);
  }

  private static Inputs nothing() {
    return new Inputs(List.of(), null, List.of(), List.of(), null);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

package org.kaohe.results.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kaohe.results.scoring.TestSchemes.CITY;
import static org.kaohe.results.scoring.TestSchemes.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.reference.CadreRole;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.results.scoring.Inputs.Finding;
import org.kaohe.results.scoring.Inputs.Score;
import org.kaohe.results.scoring.Inputs.Sourced;
import org.kaohe.results.scoring.Inputs.Tally;

class ScoringTest {
  private static final ScoringScheme SCHEME = TestSchemes.scheme();
  private static final List<Score> SCORES =
      List.of(
          new Score("HQD-ECONOMY", null, d("90"), "e-economy"),
          new Score("HQD-RURAL", null, d("80"), "e-rural"),
          new Score("REGULAR-HALF-YEAR", "H1", d("92"), "e-h1"),
          new Score("REGULAR-HALF-YEAR", "H2", d("94"), "e-h2"));
  // (6 x 100 + 3 x 80 + 1 x 60 + 10 x 80) / 20 = 85
  private static final List<Tally> BALLOTS =
      List.of(
          new Tally("LEADERSHIP-MEMBERS", Map.of("EXCELLENT", 6, "GOOD", 3, "AVERAGE", 1), "e-t1"),
          new Tally("CADRES", Map.of("GOOD", 10), "e-t2"));
  private static final Sourced SURVEY = new Sourced(d("70"), "e-survey");

  @Test
  void aCompleteCompositeIsTheWeightedSumOfItsComponentsDownToTheIndicators() {
    Composite result =
        Scoring.unit(SCHEME, CITY, new Inputs(SCORES, SURVEY, BALLOTS, List.of(), null));

    // 0.60 x 85 + 0.30 x 93 + 0.05 x 70 + 0.05 x 85
    assertThat(result.composite()).isEqualByComparingTo("86.65");
    assertThat(result.complete()).isTrue();
    assertThat(result.missing()).isEmpty();
    assertThat(result.schemeVersion()).isEqualTo(TestSchemes.VERSION);
    assertThat(result.components())
        .extracting(
            ComponentResult::code,
            c -> c.weight().toPlainString(),
            c -> c.value().stripTrailingZeros().toPlainString(),
            c -> c.contribution().toPlainString(),
            ComponentResult::sourceEventIds)
        .containsExactly(
            tuple("HQD", "0.60", "85", "51.0000", List.of("e-economy", "e-rural")),
            tuple("REGULAR", "0.30", "93", "27.9000", List.of("e-h1", "e-h2")),
            tuple("SURVEY", "0.05", "70", "3.5000", List.of("e-survey")),
            tuple("DEMOCRATIC", "0.05", "85", "4.2500", List.of("e-t1", "e-t2")));
    assertThat(result.components().get(0).children())
        .extracting(ComponentResult::code, c -> c.contribution().toPlainString())
        .containsExactly(tuple("HQD-ECONOMY", "45.0000"), tuple("HQD-RURAL", "40.0000"));
    assertThat(result.hqd().value()).isEqualByComparingTo("85");
    assertThat(result.regular().value()).isEqualByComparingTo("93");
  }

  @Test
  void findingsDeductWithinTheCapsPerFindingPerSourceAndInTotal() {
    List<Finding> findings =
        List.of(
            new Finding("A-1", "AUDIT", d("6"), "e-a1"),
            new Finding("A-2", "AUDIT", d("4"), "e-a2"),
            new Finding("I-1", "INSPECTION_TOUR", d("5"), "e-i1"),
            new Finding("P-1", "PETITION", d("2"), "e-p1"),
            new Finding("S-1", "SUPERVISION", null, "e-s1"));

    Composite result =
        Scoring.unit(SCHEME, CITY, new Inputs(SCORES, SURVEY, BALLOTS, findings, null));

    // 6 capped at 5 per finding; A-2: 3 left of AUDIT's 8; I-1: 4 left of 12 in all; P-1:
    // none.
    assertThat(result.deductions())
        .extracting(
            Deduction::findingId,
            d -> d.points().stripTrailingZeros().toPlainString(),
            Deduction::sourceEventId)
        .containsExactly(
            tuple("A-1", "5", "e-a1"),
            tuple("A-2", "3", "e-a2"),
            tuple("I-1", "4", "e-i1"),
            tuple("P-1", "0", "e-p1"));
    assertThat(result.composite()).isEqualByComparingTo("74.65");
    assertThat(contributions(result).subtract(points(result)))
        .isEqualByComparingTo(result.composite());
  }

  @Test
  void aMissingInputMakesTheCompositeProvisionalOverTheComponentsPresentNeverAZero() {
    List<Score> scores =
        List.of(
            new Score("HQD-ECONOMY", null, d("90"), "e-economy"),
            new Score("REGULAR-HALF-YEAR", "H1", d("92"), "e-h1"));

    Composite result =
        Scoring.unit(SCHEME, CITY, new Inputs(scores, null, BALLOTS, List.of(), null));

    assertThat(result.complete()).isFalse();
    assertThat(result.missing()).containsExactly("HQD-RURAL", "REGULAR-HALF-YEAR/H2", "SURVEY");
    // Present: HQD 90 (its economy alone), REGULAR 92 (H1 alone), DEMOCRATIC 85, over 0.95.
    assertThat(result.components())
        .extracting(
            ComponentResult::code,
            c -> c.weight().toPlainString(),
            ComponentResult::schemeWeight,
            c -> c.contribution() == null ? null : c.contribution().toPlainString())
        .containsExactly(
            tuple("HQD", "0.631579", d("0.60"), "56.8421"),
            tuple("REGULAR", "0.315789", d("0.30"), "29.0526"),
            tuple("SURVEY", "0", d("0.05"), null),
            tuple("DEMOCRATIC", "0.052632", d("0.05"), "4.4737"));
    assertThat(result.components().get(2).value()).isNull();
    assertThat(result.composite()).isEqualByComparingTo("90.3684");
    assertThat(contributions(result)).isEqualByComparingTo(result.composite());
  }

  @Test
  void aUnitThatIsNotSurveyedGivesTheSurveysWeightToTheComponentTheSchemeNames() {
    Composite result =
        Scoring.unit(
            SCHEME,
            TestSchemes.UNSURVEYED_CITY,
            new Inputs(SCORES, null, BALLOTS, List.of(), null));

    // 0.65 x 85 + 0.30 x 93 + 0.05 x 85
    assertThat(result.composite()).isEqualByComparingTo("87.4");
    assertThat(result.complete()).isTrue();
    assertThat(result.components()).extracting(ComponentResult::code).doesNotContain("SURVEY");
  }

  @Test
  void withoutAnyInputThereIsNoComposite() {
    Composite result =
        Scoring.unit(SCHEME, CITY, new Inputs(List.of(), null, List.of(), List.of(), null));

    assertThat(result.composite()).isNull();
    assertThat(result.missing())
        .containsExactly(
            "HQD-ECONOMY",
            "HQD-RURAL",
            "REGULAR-HALF-YEAR/H1",
            "REGULAR-HALF-YEAR/H2",
            "SURVEY",
            "DEMOCRATIC");
  }

  @Test
  void aCadresCompositeTakesItsUnitsResultAsAComponent() {
    Composite result =
        Scoring.cadre(
            SCHEME,
            CadreRole.PRINCIPAL,
            new Inputs(
                SCORES,
                null,
                List.of(new Tally("CADRES", Map.of("EXCELLENT", 2, "COMPETENT", 8), "e-t3")),
                List.of(),
                new Sourced(d("86.65"), "result-620100")));

    // 0.30 x 93 + 0.50 x 86.65 + 0.20 x (2 x 100 + 8 x 80) / 10
    assertThat(result.composite()).isEqualByComparingTo("88.025");
    assertThat(result.components().get(1).sourceEventIds()).containsExactly("result-620100");
    assertThat(result.hqd()).isNull();
  }

  @Test
  void theOrderOfTheInputsDoesNotMatter() {
    List<Finding> findings =
        List.of(
            new Finding("A-1", "AUDIT", d("6"), "e-a1"),
            new Finding("A-2", "AUDIT", d("4"), "e-a2"),
            new Finding("I-1", "INSPECTION_TOUR", d("5"), "e-i1"));
    Composite inOrder =
        Scoring.unit(SCHEME, CITY, new Inputs(SCORES, SURVEY, BALLOTS, findings, null));
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      Composite shuffled =
          Scoring.unit(
              SCHEME,
              CITY,
              new Inputs(
                  shuffled(SCORES, random),
                  SURVEY,
                  shuffled(BALLOTS, random),
                  shuffled(findings, random),
                  null));
      assertThat(shuffled).isEqualTo(inOrder);
    }
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static BigDecimal contributions(Composite result) {
    return result.components().stream()
        .map(ComponentResult::contribution)
        .filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal points(Composite result) {
    return result.deductions().stream()
        .map(Deduction::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

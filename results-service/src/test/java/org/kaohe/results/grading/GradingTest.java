package org.kaohe.results.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kaohe.results.scoring.TestSchemes.d;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.platform.reference.scheme.GradeScale;
import org.kaohe.platform.reference.scheme.SchemeParameters.HqdTest;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.results.grading.Candidate.Rating;
import org.kaohe.results.grading.Candidate.Veto;
import org.kaohe.results.grading.Graded.Adjustment;
import org.kaohe.results.grading.Graded.Ineligibility;
import org.kaohe.results.scoring.ComponentResult;
import org.kaohe.results.scoring.Composite;
import org.kaohe.results.scoring.TestSchemes;

/**
 * The scheme of {@link TestSchemes}: EXCELLENT for at most half of the peer group at or above 90,
 * HQD outstanding when fewer than half of the group score higher, bands GOOD 80 and AVERAGE 60.
 */
class GradingTest {
  private static final ScoringScheme SCHEME = TestSchemes.scheme();

  @Test
  void excellentGoesStrictlyByCompositeToAtMostTheFloorOfTheShare() {
    List<Graded> graded =
        units(good("A", "96"), good("B", "95"), good("C", "94"), good("D", "80"), good("E", "70"));

    // floor(0.5 x 5) = 2 places.
    assertThat(graded)
        .extracting(Graded::code, Graded::grade, Graded::rank, Graded::peerGroupSize)
        .containsExactly(
            tuple("A", "EXCELLENT", 1, 5),
            tuple("B", "EXCELLENT", 2, 5),
            tuple("C", "GOOD", 3, 5),
            tuple("D", "GOOD", 4, 5),
            tuple("E", "AVERAGE", 5, 5));
    assertThat(graded.get(2).eligibleForExcellent()).isTrue();
    assertThat(graded).allSatisfy(g -> assertThat(g.adjustments()).isEmpty());
  }

  @Test
  void theBarIsNeverLoweredToFillThePlaces() {
    List<Graded> graded =
        units(good("A", "89.99"), good("B", "88"), good("C", "70"), good("D", "50"));

    assertThat(graded)
        .extracting(Graded::code, Graded::grade)
        .containsExactly(
            tuple("A", "GOOD"), tuple("B", "GOOD"), tuple("C", "AVERAGE"), tuple("D", "POOR"));
  }

  @Test
  void politicalQualityBelowGoodRulesExcellentOutAndTheNextEligibleUnitTakesThePlace() {
    List<Graded> graded =
        units(
            candidate("A", "96", "96", "95", PoliticalRating.FAIRLY_GOOD),
            good("B", "95"),
            good("C", "94"),
            good("D", "80"),
            good("E", "70"));

    assertThat(graded.get(0).eligibleForExcellent()).isFalse();
    assertThat(graded.get(0).ineligibility())
        .containsExactly(
            new Ineligibility(
                GradeRule.POLITICAL_QUALITY_NOT_GOOD,
                "political quality is rated FAIRLY_GOOD, not GOOD",
                List.of("rating-A")));
    assertThat(graded)
        .extracting(Graded::code, Graded::gradeBeforeAdjustment, Graded::grade)
        .startsWith(
            tuple("A", "GOOD", "GOOD"),
            tuple("B", "EXCELLENT", "EXCELLENT"),
            tuple("C", "EXCELLENT", "EXCELLENT"));
  }

  @Test
  void aRegularScoreBelowNinetyRulesExcellentOut() {
    List<Graded> graded =
        units(candidate("A", "96", "96", "89.5", PoliticalRating.GOOD), good("B", "80"));

    assertThat(graded.get(0).ineligibility())
        .containsExactly(
            new Ineligibility(
                GradeRule.REGULAR_BELOW_THRESHOLD,
                "the regular assessment 89.5 is below 90",
                List.of("h1-A", "h2-A")));
    assertThat(graded.get(0).grade()).isEqualTo("GOOD");
  }

  @Test
  void onlyAConfirmedVetoRulesExcellentOutAProposedOrRejectedOneDoesNothing() {
    List<Graded> graded =
        units(
            good("A", "97", veto("V-1", Veto.Status.PROPOSED)),
            good("B", "96", veto("V-2", Veto.Status.REJECTED)),
            good("C", "95", veto("V-3", Veto.Status.CONFIRMED)),
            good("D", "80"),
            good("E", "70"),
            good("F", "60"));

    assertThat(graded)
        .extracting(Graded::code, Graded::eligibleForExcellent, Graded::grade)
        .startsWith(
            tuple("A", true, "EXCELLENT"),
            tuple("B", true, "EXCELLENT"),
            tuple("C", false, "GOOD"));
    assertThat(graded.get(2).ineligibility())
        .containsExactly(
            new Ineligibility(
                GradeRule.VETO_CONFIRMED,
                "one-vote veto V-3 confirmed",
                List.of("V-3-confirmed", "V-3-proposed")));
    assertThat(graded.get(2).adjustments()).isEmpty();
  }

  @Test
  void aConfirmedVetoCapsTheGradeOnlyWhenTheSchemeSaysSo() {
    ScoringScheme capping =
        TestSchemes.scheme(Optional.of("AVERAGE"), new HqdTest(HqdTest.Kind.TOP_SHARE, d("0.5")));
    List<Candidate> candidates =
        List.of(good("A", "95", veto("V-1", Veto.Status.CONFIRMED)), good("B", "85"));

    Graded capped = Grading.peerGroup(capping, GradeScale.UNITS, candidates).get(0);

    assertThat(capped.gradeBeforeAdjustment()).isEqualTo("GOOD");
    assertThat(capped.grade()).isEqualTo("AVERAGE");
    assertThat(capped.adjustments())
        .containsExactly(
            new Adjustment(
                GradeRule.VETO_CAPS_GRADE,
                "GOOD",
                "AVERAGE",
                List.of("V-1-confirmed", "V-1-proposed")));
    assertThat(Grading.peerGroup(SCHEME, GradeScale.UNITS, candidates).get(0).grade())
        .isEqualTo("GOOD");
  }

  @Test
  void highQualityDevelopmentNotAmongTheTopOfThePeerGroupRulesExcellentOut() {
    List<Graded> graded =
        units(
            candidate("A", "95", "70", "95", PoliticalRating.GOOD),
            candidate("B", "94", "90", "95", PoliticalRating.GOOD),
            candidate("C", "93", "85", "95", PoliticalRating.GOOD),
            candidate("D", "80", "60", "95", PoliticalRating.GOOD));

    assertThat(graded.get(0).ineligibility())
        .containsExactly(
            new Ineligibility(
                GradeRule.HQD_NOT_OUTSTANDING,
                "high-quality development 70 is not in the top 0.5 of the peer group: 2 of 4 score"
                    + " higher",
                List.of("hqd-A")));
    assertThat(graded)
        .extracting(Graded::code, Graded::grade)
        .containsExactly(
            tuple("A", "GOOD"),
            tuple("B", "EXCELLENT"),
            tuple("C", "EXCELLENT"),
            tuple("D", "GOOD"));
  }

  @Test
  void theHqdTestMayInsteadAskForAMinimumScore() {
    ScoringScheme minimum =
        TestSchemes.scheme(Optional.empty(), new HqdTest(HqdTest.Kind.MIN_SCORE, d("80")));

    List<Graded> graded =
        Grading.peerGroup(
            minimum,
            GradeScale.UNITS,
            List.of(
                candidate("A", "95", "79.99", "95", PoliticalRating.GOOD),
                candidate("B", "94", "80", "95", PoliticalRating.GOOD)));

    assertThat(graded.get(0).ineligibility())
        .containsExactly(
            new Ineligibility(
                GradeRule.HQD_NOT_OUTSTANDING,
                "high-quality development 79.99 is below 80",
                List.of("hqd-A")));
    assertThat(graded.get(1).grade()).isEqualTo("EXCELLENT");
  }

  @Test
  void aUnitWhoseHighQualityDevelopmentIsStillMissingIsNotShownOutstanding() {
    Composite withoutHqd =
        new Composite(
            TestSchemes.VERSION,
            false,
            List.of("HQD-ECONOMY", "HQD-RURAL"),
            d("95"),
            List.of(),
            List.of(),
            new ComponentResult("HQD", "HQD", d("0"), d("0.6"), null, null, List.of(), List.of()),
            component("REGULAR", "95", List.of("h1-A", "h2-A")));

    List<Graded> graded =
        units(
            new Candidate("A", withoutHqd, new Rating(PoliticalRating.GOOD, "rating-A"), List.of()),
            good("B", "80"));

    assertThat(graded.get(0).ineligibility())
        .containsExactly(
            new Ineligibility(
                GradeRule.HQD_NOT_OUTSTANDING,
                "no high-quality development result yet",
                List.of()));
    assertThat(graded.get(0).grade()).isEqualTo("GOOD");
  }

  @Test
  void politicalQualityAverageOrPoorLowersTheGradeOneLevelAfterItIsDetermined() {
    List<Graded> graded =
        units(
            candidate("A", "85", "85", "95", PoliticalRating.AVERAGE),
            candidate("B", "70", "70", "95", PoliticalRating.POOR),
            candidate("C", "65", "65", "95", PoliticalRating.FAIRLY_GOOD),
            candidate("D", "50", "50", "95", PoliticalRating.POOR));

    assertThat(graded)
        .extracting(Graded::code, Graded::gradeBeforeAdjustment, Graded::grade)
        .containsExactly(
            tuple("A", "GOOD", "AVERAGE"),
            tuple("B", "AVERAGE", "POOR"),
            tuple("C", "AVERAGE", "AVERAGE"),
            tuple("D", "POOR", "POOR"));
    assertThat(graded.get(0).adjustments())
        .containsExactly(
            new Adjustment(
                GradeRule.POLITICAL_QUALITY_LOWERS_GRADE, "GOOD", "AVERAGE", List.of("rating-A")));
    assertThat(graded.get(3).adjustments()).isEmpty();
  }

  @Test
  void unitsTiedAtTheLastPlaceThatDoNotAllFitAreAllLeftOut() {
    List<Graded> graded =
        units(good("A", "96"), good("B", "94"), good("C", "94"), good("D", "80"), good("E", "70"));

    assertThat(graded)
        .extracting(Graded::code, Graded::grade, Graded::rank)
        .containsExactly(
            tuple("A", "EXCELLENT", 1),
            tuple("B", "GOOD", 2),
            tuple("C", "GOOD", 2),
            tuple("D", "GOOD", 4),
            tuple("E", "AVERAGE", 5));
  }

  @Test
  void unitsTiedWithinThePlacesAreAllChosen() {
    List<Graded> graded = units(good("A", "95"), good("B", "95"), good("C", "80"), good("D", "70"));

    assertThat(graded)
        .extracting(Graded::code, Graded::grade, Graded::rank)
        .containsExactly(
            tuple("A", "EXCELLENT", 1),
            tuple("B", "EXCELLENT", 1),
            tuple("C", "GOOD", 3),
            tuple("D", "AVERAGE", 4));
  }

  @Test
  void aMissingInputMarksEveryGradeOfThePeerGroupProvisional() {
    Candidate unrated =
        new Candidate("C", composite("C", "70", "70", "95", List.of("SURVEY")), null, List.of());

    List<Graded> graded = units(good("A", "96"), good("B", "80"), unrated);

    assertThat(graded).allSatisfy(g -> assertThat(g.provisional()).isTrue());
    assertThat(graded.get(0).complete()).isTrue();
    assertThat(graded.get(2).complete()).isFalse();
    assertThat(graded.get(2).missing()).containsExactly("SURVEY", "POLITICAL_RATING");
    assertThat(graded.get(2).grade()).isEqualTo("AVERAGE");
    assertThat(graded.get(0).grade()).isEqualTo("EXCELLENT");
  }

  @Test
  void cadresAreGradedOnTheirOwnScaleWithoutTheHqdTest() {
    List<Candidate> cadres =
        List.of(
            cadre("P-1", "93", PoliticalRating.GOOD),
            cadre("P-2", "75", PoliticalRating.AVERAGE),
            cadre("P-3", "65", PoliticalRating.GOOD),
            cadre("P-4", "40", PoliticalRating.GOOD));

    List<Graded> graded = Grading.peerGroup(SCHEME, GradeScale.CADRES, cadres);

    assertThat(graded)
        .extracting(Graded::code, Graded::gradeBeforeAdjustment, Graded::grade)
        .containsExactly(
            tuple("P-1", "EXCELLENT", "EXCELLENT"),
            tuple("P-2", "COMPETENT", "BASICALLY_COMPETENT"),
            tuple("P-3", "BASICALLY_COMPETENT", "BASICALLY_COMPETENT"),
            tuple("P-4", "INCOMPETENT", "INCOMPETENT"));
    assertThat(graded.get(0).ineligibility()).isEmpty();
  }

  @Test
  void theOrderOfThePeerGroupDoesNotMatter() {
    List<Candidate> candidates =
        List.of(
            good("A", "96"),
            good("B", "94"),
            good("C", "94"),
            candidate("D", "92", "92", "95", PoliticalRating.AVERAGE),
            good("E", "70", veto("V-1", Veto.Status.CONFIRMED)));
    List<Graded> inOrder = Grading.peerGroup(SCHEME, GradeScale.UNITS, candidates);
    Random random = new Random(11);
    for (int i = 0; i < 10; i++) {
      List<Candidate> shuffled = new ArrayList<>(candidates);
      Collections.shuffle(shuffled, random);
      assertThat(Grading.peerGroup(SCHEME, GradeScale.UNITS, shuffled)).isEqualTo(inOrder);
    }
  }

  private static List<Graded> units(Candidate... candidates) {
    return Grading.peerGroup(SCHEME, GradeScale.UNITS, Arrays.asList(candidates));
  }

  /** Rated GOOD, regular 95, HQD equal to the composite. */
  private static Candidate good(String code, String composite, Veto... vetoes) {
    return new Candidate(
        code,
        composite(code, composite, composite, "95", List.of()),
        new Rating(PoliticalRating.GOOD, "rating-" + code),
        List.of(vetoes));
  }

  private static Candidate candidate(
      String code, String composite, String hqd, String regular, PoliticalRating rating) {
    return new Candidate(
        code,
        composite(code, composite, hqd, regular, List.of()),
        new Rating(rating, "rating-" + code),
        List.of());
  }

  private static Candidate cadre(String code, String composite, PoliticalRating rating) {
    Composite result =
        new Composite(
            TestSchemes.VERSION,
            true,
            List.of(),
            d(composite),
            List.of(),
            List.of(),
            null,
            component("REGULAR", "95", List.of("h1-" + code, "h2-" + code)));
    return new Candidate(code, result, new Rating(rating, "rating-" + code), List.of());
  }

  private static Composite composite(
      String code, String composite, String hqd, String regular, List<String> missing) {
    return new Composite(
        TestSchemes.VERSION,
        missing.isEmpty(),
        missing,
        d(composite),
        List.of(),
        List.of(),
        component("HQD", hqd, List.of("hqd-" + code)),
        component("REGULAR", regular, List.of("h1-" + code, "h2-" + code)));
  }

  private static ComponentResult component(String code, String value, List<String> events) {
    return new ComponentResult(code, code, d("1"), d("1"), d(value), d(value), events, List.of());
  }

  private static Veto veto(String id, Veto.Status status) {
    return new Veto(
        id,
        status,
        status == Veto.Status.PROPOSED
            ? List.of(id + "-proposed")
            : List.of(id + "-proposed", id + "-" + status.name().toLowerCase()));
  }
}

package org.kaohe.results.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.platform.reference.scheme.GradeScale;
import org.kaohe.platform.reference.scheme.SchemeParameters;
import org.kaohe.platform.reference.scheme.SchemeParameters.HqdTest;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.results.grading.Graded.Adjustment;
import org.kaohe.results.grading.Graded.Ineligibility;
import org.kaohe.results.scoring.ComponentResult;

/**
 * Grades one peer group. EXCELLENT goes to the eligible candidates at or above the bar, strictly
 * from the highest composite down, to at most floor(share × peer group size); places left empty
 * stay empty. When the candidates tied at the last place do not all fit, none of them is chosen and
 * nobody below them either (the scheme's tie rule, LEAVE_OUT_TIED). Every other candidate gets the
 * band of its composite; then political quality and a confirmed veto adjust the grade.
 */
public final class Grading {
  static final String POLITICAL_RATING = "POLITICAL_RATING";

  private final SchemeParameters parameters;
  private final GradeScale scale;
  private final List<Candidate> candidates;

  private Grading(ScoringScheme scheme, GradeScale scale, List<Candidate> candidates) {
    this.parameters = scheme.parameters();
    this.scale = scale;
    this.candidates =
        candidates.stream()
            .sorted(
                Comparator.comparing(
                        (Candidate c) -> c.composite().composite(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Candidate::code))
            .toList();
  }

  /**
   * @param scale {@link GradeScale#UNITS} for units (the HQD test applies), {@link
   *     GradeScale#CADRES} for cadres
   * @param candidates every unit, or every cadre, of one peer group, in any order
   * @return one grade per candidate, highest composite first, ties by code
   */
  public static List<Graded> peerGroup(
      ScoringScheme scheme, GradeScale scale, List<Candidate> candidates) {
    return new Grading(scheme, scale, candidates).grade();
  }

  private List<Graded> grade() {
    int size = candidates.size();
    List<List<Ineligibility>> reasons = candidates.stream().map(this::ineligibility).toList();
    Set<String> excellent = excellent(reasons);
    boolean anyIncomplete = candidates.stream().anyMatch(c -> !missing(c).isEmpty());
    List<Graded> graded = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Candidate candidate = candidates.get(i);
      BigDecimal composite = candidate.composite().composite();
      List<String> missing = missing(candidate);
      String before =
          composite == null
              ? null
              : excellent.contains(candidate.code())
                  ? GradeScale.EXCELLENT
                  : parameters.bandGrade(scale, composite);
      List<Adjustment> adjustments = before == null ? List.of() : adjustments(candidate, before);
      graded.add(
          new Graded(
              candidate.code(),
              missing.isEmpty(),
              missing,
              anyIncomplete,
              composite != null && reasons.get(i).isEmpty(),
              reasons.get(i),
              before,
              adjustments.isEmpty() ? before : adjustments.get(adjustments.size() - 1).to(),
              adjustments,
              composite == null ? null : rank(composite),
              size));
    }
    return graded;
  }

  private static List<String> missing(Candidate candidate) {
    List<String> missing = new ArrayList<>(candidate.composite().missing());
    if (candidate.rating() == null) {
      missing.add(POLITICAL_RATING);
    }
    return missing;
  }

  /** 1 + the number of candidates with a strictly higher composite. */
  private int rank(BigDecimal composite) {
    return 1
        + (int)
            candidates.stream()
                .map(c -> c.composite().composite())
                .filter(other -> other != null && other.compareTo(composite) > 0)
                .count();
  }

  private Set<String> excellent(List<List<Ineligibility>> reasons) {
    int places =
        parameters
            .excellentShare()
            .of(scale)
            .multiply(BigDecimal.valueOf(candidates.size()))
            .setScale(0, RoundingMode.FLOOR)
            .intValueExact();
    List<Candidate> contenders = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      BigDecimal composite = candidates.get(i).composite().composite();
      if (reasons.get(i).isEmpty()
          && composite != null
          && composite.compareTo(parameters.excellentThreshold()) >= 0) {
        contenders.add(candidates.get(i));
      }
    }
    Set<String> chosen = new HashSet<>();
    int next = 0;
    while (next < contenders.size()) {
      BigDecimal composite = contenders.get(next).composite().composite();
      int end = next;
      while (end < contenders.size()
          && contenders.get(end).composite().composite().compareTo(composite) == 0) {
        end++;
      }
      if (chosen.size() + (end - next) > places) {
        break;
      }
      contenders.subList(next, end).forEach(c -> chosen.add(c.code()));
      next = end;
    }
    return chosen;
  }

  private List<Ineligibility> ineligibility(Candidate candidate) {
    List<Ineligibility> reasons = new ArrayList<>();
    Candidate.Rating rating = candidate.rating();
    if (rating != null && rating.rating() != PoliticalRating.GOOD) {
      reasons.add(
          new Ineligibility(
              GradeRule.POLITICAL_QUALITY_NOT_GOOD,
              "political quality is rated " + rating.rating() + ", not GOOD",
              List.of(rating.eventId())));
    }
    ComponentResult regular = candidate.composite().regular();
    if (regular != null
        && regular.present()
        && regular.value().compareTo(parameters.regularThreshold()) < 0) {
      reasons.add(
          new Ineligibility(
              GradeRule.REGULAR_BELOW_THRESHOLD,
              "the regular assessment "
                  + plain(regular.value())
                  + " is below "
                  + plain(parameters.regularThreshold()),
              regular.sourceEventIds()));
    }
    List<Candidate.Veto> confirmed = confirmedVetoes(candidate);
    if (!confirmed.isEmpty()) {
      reasons.add(
          new Ineligibility(
              GradeRule.VETO_CONFIRMED,
              "one-vote veto "
                  + String.join(", ", confirmed.stream().map(Candidate.Veto::vetoId).toList())
                  + " confirmed",
              vetoEvents(confirmed)));
    }
    if (scale == GradeScale.UNITS) {
      hqdNotOutstanding(candidate).ifPresent(reasons::add);
    }
    return reasons;
  }

  private Optional<Ineligibility> hqdNotOutstanding(Candidate candidate) {
    ComponentResult hqd = candidate.composite().hqd();
    if (hqd == null || !hqd.present()) {
      return Optional.of(
          new Ineligibility(
              GradeRule.HQD_NOT_OUTSTANDING,
              "no high-quality development result yet",
              hqd == null ? List.of() : hqd.sourceEventIds()));
    }
    HqdTest test = parameters.hqdOutstanding();
    if (test.test() == HqdTest.Kind.MIN_SCORE) {
      return hqd.value().compareTo(test.value()) >= 0
          ? Optional.empty()
          : Optional.of(
              new Ineligibility(
                  GradeRule.HQD_NOT_OUTSTANDING,
                  "high-quality development "
                      + plain(hqd.value())
                      + " is below "
                      + plain(test.value()),
                  hqd.sourceEventIds()));
    }
    long higher =
        candidates.stream()
            .map(c -> c.composite().hqd())
            .filter(other -> other != null && other.present())
            .filter(other -> other.value().compareTo(hqd.value()) > 0)
            .count();
    BigDecimal allowed = test.value().multiply(BigDecimal.valueOf(candidates.size()));
    return BigDecimal.valueOf(higher).compareTo(allowed) < 0
        ? Optional.empty()
        : Optional.of(
            new Ineligibility(
                GradeRule.HQD_NOT_OUTSTANDING,
                "high-quality development "
                    + plain(hqd.value())
                    + " is not in the top "
                    + plain(test.value())
                    + " of the peer group: "
                    + higher
                    + " of "
                    + candidates.size()
                    + " score higher",
                hqd.sourceEventIds()));
  }

  private List<Adjustment> adjustments(Candidate candidate, String before) {
    List<Adjustment> adjustments = new ArrayList<>();
    String grade = before;
    Candidate.Rating rating = candidate.rating();
    Map<PoliticalRating, Integer> lowers = parameters.politicalQualityLowers();
    if (rating != null && lowers.getOrDefault(rating.rating(), 0) > 0) {
      String lowered = scale.lower(grade, lowers.get(rating.rating()));
      if (!lowered.equals(grade)) {
        adjustments.add(
            new Adjustment(
                GradeRule.POLITICAL_QUALITY_LOWERS_GRADE,
                grade,
                lowered,
                List.of(rating.eventId())));
        grade = lowered;
      }
    }
    Optional<String> cap = parameters.vetoCapsGrade().of(scale);
    List<Candidate.Veto> confirmed = confirmedVetoes(candidate);
    if (cap.isPresent() && !confirmed.isEmpty()) {
      String capped = scale.worse(grade, cap.get());
      if (!capped.equals(grade)) {
        adjustments.add(
            new Adjustment(GradeRule.VETO_CAPS_GRADE, grade, capped, vetoEvents(confirmed)));
      }
    }
    return adjustments;
  }

  private static List<Candidate.Veto> confirmedVetoes(Candidate candidate) {
    return candidate.vetoes().stream()
        .filter(veto -> veto.status() == Candidate.Veto.Status.CONFIRMED)
        .sorted(Comparator.comparing(Candidate.Veto::vetoId))
        .toList();
  }

  private static List<String> vetoEvents(List<Candidate.Veto> vetoes) {
    return List.copyOf(
        vetoes.stream()
            .flatMap(veto -> veto.eventIds().stream())
            .collect(TreeSet::new, TreeSet::add, TreeSet::addAll));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}

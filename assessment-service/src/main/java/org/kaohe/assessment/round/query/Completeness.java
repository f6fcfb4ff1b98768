package org.kaohe.assessment.round.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.kaohe.assessment.round.domain.InputKind;
import org.kaohe.assessment.round.domain.ScoreKey;
import org.kaohe.assessment.round.domain.Subjects;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Cadre;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.IndicatorCatalogue;
import org.kaohe.platform.reference.Subject;

/**
 * What a unit's round needs and which of it is still missing: every applicable indicator's score
 * for the unit and, where it is scored for cadres, for each cadre, once or per half-year; a
 * political-quality rating and at least one democratic evaluation of the unit and each cadre.
 */
final class Completeness {
  private Completeness() {}

  static List<ExpectedInput> expected(
      IndicatorCatalogue catalogue,
      AssessedUnit unit,
      List<Cadre> cadres,
      String ratingAgency,
      String evaluationAgency) {
    List<ExpectedInput> expected = new ArrayList<>();
    for (Indicator indicator : catalogue.indicators()) {
      if (!indicator.isApplicableTo(unit)) {
        continue;
      }
      for (String cadre : subjects(indicator, cadres)) {
        for (String period : periods(indicator)) {
          expected.add(
              new ExpectedInput(
                  InputKind.SCORE,
                  indicator.code().value(),
                  cadre,
                  period,
                  indicator.responsibleAgency().value()));
        }
      }
    }
    for (String cadre : everySubject(cadres)) {
      expected.add(new ExpectedInput(InputKind.POLITICAL_RATING, null, cadre, null, ratingAgency));
      expected.add(
          new ExpectedInput(InputKind.DEMOCRATIC_EVALUATION, null, cadre, null, evaluationAgency));
    }
    return expected;
  }

  /** The expected inputs the round's read-model document does not hold. */
  static List<ExpectedInput> missing(List<ExpectedInput> expected, Document round) {
    Set<String> scores = keys(round, "scores");
    Set<String> ratings = keys(round, "ratings");
    Set<String> evaluatedSubjects = evaluatedSubjects(round);
    return expected.stream()
        .filter(
            input ->
                switch (input.kind()) {
                  case SCORE -> !scores.contains(scoreKey(input));
                  case POLITICAL_RATING -> !ratings.contains(Subjects.key(input.cadreCode()));
                  default -> !evaluatedSubjects.contains(Subjects.key(input.cadreCode()));
                })
        .toList();
  }

  private static String scoreKey(ExpectedInput input) {
    return ScoreKey.of(input.indicatorCode(), input.cadreCode(), input.period()).text();
  }

  /** Whom the round's democratic evaluations are of, by any rater group. */
  private static Set<String> evaluatedSubjects(Document round) {
    Document evaluations = round.get("evaluations", Document.class);
    if (evaluations == null) {
      return Set.of();
    }
    return evaluations.values().stream()
        .map(evaluation -> Subjects.key(((Document) evaluation).getString("cadreCode")))
        .collect(Collectors.toSet());
  }

  private static Set<String> keys(Document round, String field) {
    Document inputs = round.get(field, Document.class);
    return inputs == null ? Set.of() : inputs.keySet();
  }

  private static List<String> subjects(Indicator indicator, List<Cadre> cadres) {
    List<String> subjects = new ArrayList<>();
    if (indicator.isScoredFor(Subject.UNITS)) {
      subjects.add(null);
    }
    if (indicator.isScoredFor(Subject.CADRES)) {
      cadres.forEach(cadre -> subjects.add(cadre.code().value()));
    }
    return subjects;
  }

  private static List<String> periods(Indicator indicator) {
    List<String> periods = indicator.periodicity().periods();
    return periods.isEmpty() ? Collections.singletonList(null) : periods;
  }

  private static List<String> everySubject(List<Cadre> cadres) {
    return Stream.concat(Stream.of((String) null), cadres.stream().map(c -> c.code().value()))
        .toList();
  }
}

package org.kaohe.survey.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns one response's answers into its {@link RespondentScore}. Every answered item counts once,
 * whatever its scale, so an item's weight in the overall score does not depend on its dimension.
 * Answers are assumed validated by ingestion; an unknown item or an answer off its scale is a
 * programming error and throws.
 */
public final class RespondentScorer {

  private final Map<String, ScoredItem> items = new LinkedHashMap<>();
  private final List<String> dimensions;

  public RespondentScorer(List<ScoredItem> questionnaire) {
    for (ScoredItem item : questionnaire) {
      if (items.putIfAbsent(item.itemCode(), item) != null) {
        throw new IllegalArgumentException(
            "the questionnaire lists item '" + item.itemCode() + "' twice");
      }
    }
    var names = new TreeSet<String>();
    questionnaire.forEach(item -> names.add(item.dimension()));
    this.dimensions = List.copyOf(names);
  }

  /** The questionnaire's dimensions in alphabetical order. */
  public List<String> dimensions() {
    return dimensions;
  }

  /**
   * The respondent's scores, or empty when the response answers none of the questionnaire's items
   * (such a response carries no score and stays out of the unit's sample).
   */
  public Optional<RespondentScore> score(Map<String, ? extends Number> answers) {
    var sums = new TreeMap<String, double[]>();
    double total = 0;
    int answered = 0;
    for (String code : new TreeSet<>(answers.keySet())) {
      ScoredItem item = items.get(code);
      if (item == null) {
        throw new IllegalArgumentException("the questionnaire has no item '" + code + "'");
      }
      double mapped = item.scale().toHundred(answers.get(code).doubleValue());
      total += mapped;
      answered++;
      double[] sum = sums.computeIfAbsent(item.dimension(), d -> new double[2]);
      sum[0] += mapped;
      sum[1]++;
    }
    if (answered == 0) {
      return Optional.empty();
    }
    var byDimension = new TreeMap<String, Double>();
    sums.forEach((dimension, sum) -> byDimension.put(dimension, sum[0] / sum[1]));
    return Optional.of(new RespondentScore(total / answered, byDimension));
  }
}

package org.kaohe.survey.scoring;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One respondent's scores on 0–100: {@code overall} is the mean of every answered item, and {@code
 * dimensions} holds the mean of the answered items of each dimension; a dimension none of whose
 * items was answered is absent.
 */
public record RespondentScore(double overall, SortedMap<String, Double> dimensions) {

  public RespondentScore {
    if (!Double.isFinite(overall) || overall < 0 || overall > 100) {
      throw new IllegalArgumentException("a score lies on 0..100, got " + overall);
    }
    dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
  }
}

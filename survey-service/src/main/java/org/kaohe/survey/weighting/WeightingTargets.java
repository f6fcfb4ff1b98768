package org.kaohe.survey.weighting;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A unit's population margins, {@code {dimension: {category: population share}}}, for example
 * {@code {"sex": {"female": 0.51, "male": 0.49}, "area": {"urban": 0.6, "rural": 0.4}}}. The shares
 * of each dimension sum to 1 within {@link #SHARE_SUM_TOLERANCE}; raking uses them divided by their
 * exact sum. No dimension at all means equal weights. Dimensions and categories are kept in
 * alphabetical order, which fixes the order raking adjusts them in.
 */
public record WeightingTargets(SortedMap<String, SortedMap<String, Double>> shares) {

  /** How far the shares of one dimension may sum from 1, to allow for rounded shares. */
  public static final double SHARE_SUM_TOLERANCE = 1e-3;

  public WeightingTargets {
    var copy = new TreeMap<String, SortedMap<String, Double>>();
    shares.forEach(
        (dimension, categories) -> {
          if (categories.isEmpty()) {
            throw new IllegalArgumentException(
                "the weighting dimension '" + dimension + "' lists no category");
          }
          double sum = 0;
          for (var category : categories.entrySet()) {
            double share = category.getValue();
            if (!(share >= 0 && share <= 1)) {
              throw new IllegalArgumentException(
                  String.format(
                      Locale.ROOT,
                      "the population share of '%s' in '%s' must lie between 0 and 1, got %s",
                      category.getKey(),
                      dimension,
                      share));
            }
            sum += share;
          }
          if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
            throw new IllegalArgumentException(
                String.format(
                    Locale.ROOT,
                    "the population shares of '%s' sum to %.4f instead of 1",
                    dimension,
                    sum));
          }
          copy.put(dimension, Collections.unmodifiableSortedMap(new TreeMap<>(categories)));
        });
    shares = Collections.unmodifiableSortedMap(copy);
  }

  /** Targets given as plain maps, for example read from a campaign's configuration. */
  public static WeightingTargets of(Map<String, ? extends Map<String, Double>> shares) {
    var sorted = new TreeMap<String, SortedMap<String, Double>>();
    shares.forEach((dimension, categories) -> sorted.put(dimension, new TreeMap<>(categories)));
    return new WeightingTargets(sorted);
  }

  /** No margins: every respondent weighs the same. */
  public static WeightingTargets none() {
    return new WeightingTargets(new TreeMap<>());
  }

  public boolean isEmpty() {
    return shares.isEmpty();
  }
}

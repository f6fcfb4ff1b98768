package org.kaohe.survey.weighting;

import java.util.Map;
import java.util.TreeMap;
import org.kaohe.survey.scoring.RespondentScore;

/** Builds small samples for the weighting tests: cells of identical respondents. */
final class TestSamples {

  private TestSamples() {}

  static RespondentScore score(double overall) {
    return new RespondentScore(overall, new TreeMap<>());
  }

  /**
   * Adds {@code count} respondents with the same demographics and score, their ids prefixed so that
   * cells do not collide.
   */
  static void addCell(
      UnitSample.Builder builder,
      String prefix,
      int count,
      double score,
      Map<String, String> demographics) {
    for (int i = 0; i < count; i++) {
      builder.add(String.format("%s-%04d", prefix, i), score(score), demographics);
    }
  }
}

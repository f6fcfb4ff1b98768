package org.kaohe.survey.weighting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaohe.survey.scoring.RespondentScore;

/**
 * One unit's counted responses in columns, held in response-id order: the responses' ids, their
 * overall scores, their scores per questionnaire dimension ({@link Double#NaN} where a respondent
 * answered no item of that dimension) and, per weighting dimension of the {@link WeightingTargets},
 * each respondent's category as an index into that dimension's categories. Holding the columns in
 * id order makes every sum over them the same whatever order the responses were stored or read in.
 * Built with {@link #builder}; the arrays are never handed out.
 */
public final class UnitSample {

  private final String unitCode;
  private final WeightingTargets targets;
  private final String[] responseIds;
  private final double[] scores;
  private final List<String> scoreDimensions;
  private final double[][] dimensionScores;
  private final List<String> weightingDimensions;
  private final List<List<String>> categories;
  private final int[][] categoryCodes;

  private UnitSample(
      String unitCode,
      WeightingTargets targets,
      String[] responseIds,
      double[] scores,
      List<String> scoreDimensions,
      double[][] dimensionScores,
      int[][] categoryCodes) {
    this.unitCode = unitCode;
    this.targets = targets;
    this.responseIds = responseIds;
    this.scores = scores;
    this.scoreDimensions = scoreDimensions;
    this.dimensionScores = dimensionScores;
    this.weightingDimensions = List.copyOf(targets.shares().keySet());
    var names = new ArrayList<List<String>>();
    targets.shares().values().forEach(c -> names.add(List.copyOf(c.keySet())));
    this.categories = List.copyOf(names);
    this.categoryCodes = categoryCodes;
  }

  /**
   * A builder for one unit's sample.
   *
   * @param scoreDimensions the questionnaire's dimensions, as the respondents' scores name them
   * @param targets the unit's population margins; respondents' demographics are coded against them
   */
  public static Builder builder(
      String unitCode, List<String> scoreDimensions, WeightingTargets targets) {
    return new Builder(unitCode, scoreDimensions, targets);
  }

  public String unitCode() {
    return unitCode;
  }

  public WeightingTargets targets() {
    return targets;
  }

  public int size() {
    return scores.length;
  }

  public String responseId(int respondent) {
    return responseIds[respondent];
  }

  public List<String> scoreDimensions() {
    return scoreDimensions;
  }

  public List<String> weightingDimensions() {
    return weightingDimensions;
  }

  /** The categories of a weighting dimension, in the order its category indexes refer to. */
  public List<String> categories(int weightingDimension) {
    return categories.get(weightingDimension);
  }

  double[] scores() {
    return scores;
  }

  double[] dimensionScores(int scoreDimension) {
    return dimensionScores[scoreDimension];
  }

  int[] categoryCodes(int weightingDimension) {
    return categoryCodes[weightingDimension];
  }

  /**
   * Collects responses one by one into growing columns. Demographics are assumed validated by
   * ingestion against the campaign's categories; a missing weighting dimension, a category the
   * targets do not list, or a response id given twice is a programming error and throws.
   */
  public static final class Builder {

    private final String unitCode;
    private final List<String> scoreDimensions;
    private final Map<String, Integer> scoreDimensionIndex = new HashMap<>();
    private final WeightingTargets targets;
    private final List<String> weightingDimensions;
    private final List<Map<String, Integer>> categoryIndex = new ArrayList<>();
    private String[] responseIds = new String[64];
    private double[] scores = new double[64];
    private double[][] dimensionScores;
    private int[][] categoryCodes;
    private int size;

    private Builder(String unitCode, List<String> scoreDimensions, WeightingTargets targets) {
      this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
      this.scoreDimensions = List.copyOf(scoreDimensions);
      for (int d = 0; d < this.scoreDimensions.size(); d++) {
        scoreDimensionIndex.put(this.scoreDimensions.get(d), d);
      }
      this.targets = Objects.requireNonNull(targets, "targets");
      this.weightingDimensions = List.copyOf(targets.shares().keySet());
      for (var dimension : targets.shares().values()) {
        var index = new HashMap<String, Integer>();
        for (String category : dimension.keySet()) {
          index.put(category, index.size());
        }
        categoryIndex.add(index);
      }
      dimensionScores = new double[this.scoreDimensions.size()][64];
      categoryCodes = new int[weightingDimensions.size()][64];
    }

    /**
     * Adds one counted response.
     *
     * @param demographics the respondent's category per weighting dimension; dimensions the targets
     *     do not name are ignored
     */
    public Builder add(String responseId, RespondentScore score, Map<String, String> demographics) {
      Objects.requireNonNull(responseId, "responseId");
      if (size == scores.length) {
        grow();
      }
      responseIds[size] = responseId;
      scores[size] = score.overall();
      for (double[] column : dimensionScores) {
        column[size] = Double.NaN;
      }
      score
          .dimensions()
          .forEach(
              (dimension, value) -> {
                Integer d = scoreDimensionIndex.get(dimension);
                if (d == null) {
                  throw new IllegalArgumentException(
                      "response "
                          + responseId
                          + " is scored on '"
                          + dimension
                          + "', which the questionnaire does not have");
                }
                dimensionScores[d][size] = value;
              });
      for (int d = 0; d < weightingDimensions.size(); d++) {
        String dimension = weightingDimensions.get(d);
        String category = demographics.get(dimension);
        if (category == null) {
          throw new IllegalArgumentException(
              "response " + responseId + " gives no '" + dimension + "'");
        }
        Integer code = categoryIndex.get(d).get(category);
        if (code == null) {
          throw new IllegalArgumentException(
              "response "
                  + responseId
                  + " gives '"
                  + dimension
                  + "' = '"
                  + category
                  + "', which the weighting targets do not list");
        }
        categoryCodes[d][size] = code;
      }
      size++;
      return this;
    }

    private boolean sameValues(int a, int b) {
      if (Double.compare(scores[a], scores[b]) != 0) {
        return false;
      }
      for (double[] column : dimensionScores) {
        if (Double.compare(column[a], column[b]) != 0) {
          return false;
        }
      }
      for (int[] column : categoryCodes) {
        if (column[a] != column[b]) {
          return false;
        }
      }
      return true;
    }

    private void grow() {
      int capacity = scores.length * 2;
      responseIds = Arrays.copyOf(responseIds, capacity);
      scores = Arrays.copyOf(scores, capacity);
      for (int d = 0; d < dimensionScores.length; d++) {
        dimensionScores[d] = Arrays.copyOf(dimensionScores[d], capacity);
      }
      for (int d = 0; d < categoryCodes.length; d++) {
        categoryCodes[d] = Arrays.copyOf(categoryCodes[d], capacity);
      }
    }

    /**
     * The sample in response-id order. A response given twice with the same values (two batches
     * that list the same stored response) is kept once; the same id with other values throws.
     */
    public UnitSample build() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> responseIds[a].compareTo(responseIds[b]));
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (i > 0 && responseIds[order[i]].equals(responseIds[order[kept - 1]])) {
          if (!sameValues(order[i], order[kept - 1])) {
            throw new IllegalArgumentException(
                "response " + responseIds[order[i]] + " appears twice in unit " + unitCode);
          }
          continue;
        }
        order[kept++] = order[i];
      }
      String[] ids = new String[kept];
      double[] sortedScores = new double[kept];
      double[][] sortedDimensionScores = new double[dimensionScores.length][kept];
      int[][] sortedCodes = new int[categoryCodes.length][kept];
      for (int i = 0; i < kept; i++) {
        int from = order[i];
        ids[i] = responseIds[from];
        sortedScores[i] = scores[from];
        for (int d = 0; d < dimensionScores.length; d++) {
          sortedDimensionScores[d][i] = dimensionScores[d][from];
        }
        for (int d = 0; d < categoryCodes.length; d++) {
          sortedCodes[d][i] = categoryCodes[d][from];
        }
      }
      return new UnitSample(
          unitCode,
          targets,
          ids,
          sortedScores,
          scoreDimensions,
          sortedDimensionScores,
          sortedCodes);
    }
  }
}

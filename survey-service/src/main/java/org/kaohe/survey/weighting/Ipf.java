package org.kaohe.survey.weighting;

import java.util.Arrays;

/**
 * Iterative proportional fitting on columns: each sweep scales every respondent's weight so that
 * one dimension after the other sums to its target totals. Sums run over respondents in sample
 * order, so the same sample gives the same bits.
 */
final class Ipf {

  private final int[][] codes;
  private final double[][] targetTotals;
  private final double[][] sums;
  private final double[] weights;

  /**
   * @param codes per dimension, each respondent's category index
   * @param targetTotals per dimension and category, the total weight to reach
   * @param weights the starting weights, adjusted in place
   */
  Ipf(int[][] codes, double[][] targetTotals, double[] weights) {
    this.codes = codes;
    this.targetTotals = targetTotals;
    this.weights = weights;
    this.sums = new double[targetTotals.length][];
    for (int d = 0; d < targetTotals.length; d++) {
      sums[d] = new double[targetTotals[d].length];
    }
  }

  /** Adjusts every dimension once, in order. */
  void sweep() {
    for (int d = 0; d < codes.length; d++) {
      double[] current = totals(d);
      double[] factors = new double[current.length];
      for (int k = 0; k < current.length; k++) {
        factors[k] = current[k] > 0 ? targetTotals[d][k] / current[k] : 1;
      }
      int[] code = codes[d];
      for (int i = 0; i < weights.length; i++) {
        weights[i] *= factors[code[i]];
      }
    }
  }

  /** The current total weight per category of one dimension (a buffer reused between calls). */
  double[] totals(int dimension) {
    double[] total = sums[dimension];
    Arrays.fill(total, 0);
    int[] code = codes[dimension];
    for (int i = 0; i < weights.length; i++) {
      total[code[i]] += weights[i];
    }
    return total;
  }
}

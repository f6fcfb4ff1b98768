package org.kaohe.survey.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The worked 4×4 example of the Wikipedia article "Iterative proportional fitting": a seed table
 * fitted to row totals 150, 300, 400, 150 and column totals 200, 300, 400, 100, rows adjusted
 * before columns. Each cell is one "respondent" starting with the seed value as its weight, so the
 * weights are the article's table; its figures are printed to two decimals.
 */
class IpfTest {

  private static final double[][] SEED = {
    {40, 30, 20, 10}, {35, 50, 100, 75}, {30, 80, 70, 120}, {20, 30, 40, 50}
  };
  private static final double[] ROW_TARGETS = {150, 300, 400, 150};
  private static final double[] COLUMN_TARGETS = {200, 300, 400, 100};

  private final double[] weights = new double[16];
  private final Ipf ipf;

  IpfTest() {
    int[] rows = new int[16];
    int[] columns = new int[16];
    for (int cell = 0; cell < 16; cell++) {
      rows[cell] = cell / 4;
      columns[cell] = cell % 4;
      weights[cell] = SEED[cell / 4][cell % 4];
    }
    ipf =
        new Ipf(new int[][] {rows, columns}, new double[][] {ROW_TARGETS, COLUMN_TARGETS}, weights);
  }

  @Test
  void theFirstIterationGivesTheArticlesTable() {
    ipf.sweep();

    assertTable(
        new double[][] {
          {74.16, 55.90, 42.62, 4.76},
          {49.92, 71.67, 163.91, 27.46},
          {49.44, 132.50, 132.59, 50.78},
          {26.49, 39.93, 60.88, 17.00}
        });
    assertThat(ipf.totals(1)).containsExactly(COLUMN_TARGETS, within(1e-9));
  }

  @Test
  void theThirdIterationGivesTheArticlesTableWithRowsWithinAFractionOfTheirTargets() {
    ipf.sweep();
    ipf.sweep();
    ipf.sweep();

    assertTable(
        new double[][] {
          {64.61, 46.28, 35.42, 3.83},
          {49.95, 68.15, 156.49, 25.37},
          {56.70, 144.40, 145.06, 53.76},
          {28.74, 41.18, 63.03, 17.03}
        });
    assertThat(ipf.totals(0))
        .containsExactly(new double[] {150.13, 299.96, 399.92, 149.99}, within(0.005));
  }

  private void assertTable(double[][] expected) {
    for (int cell = 0; cell < 16; cell++) {
      assertThat(weights[cell])
          .as("row %d, column %d", cell / 4 + 1, cell % 4 + 1)
          .isCloseTo(expected[cell / 4][cell % 4], within(0.005));
    }
  }
}

package org.kaohe.survey.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuotasTest {

  @Test
  void theDefaultQuotaPlansFivePointsAt95PercentForTheWidestSpreadAndADesignEffectOfOneAndAHalf() {
    // 1.959964² × 50² × 1.5 / 5² = 3.841459 × 100 × 1.5 = 576.22, rounded up.
    assertThat(Quotas.defaultQuota()).isEqualTo(577);
    assertThat(Quotas.PLANNING_STANDARD_DEVIATION).isEqualTo(50.0);
    assertThat(Quotas.PLANNING_DESIGN_EFFECT).isEqualTo(1.5);
    assertThat(Quotas.DEFAULT_MARGIN).isEqualTo(5.0);
  }

  @Test
  void aSmallerSpreadWithoutDesignEffectNeedsFewerResponses() {
    // 3.841459 × 25² / 5² = 96.04, rounded up.
    assertThat(Quotas.forMargin(5, 25, 1)).isEqualTo(97);
  }

  @Test
  void theZOfTheDefaultIsTheNormalQuantile() {
    assertThat(Confidence.Z).isCloseTo(1.959963984540054, within(1e-15));
  }

  @Test
  void aDesignEffectBelowOneIsRefused() {
    assertThatThrownBy(() -> Quotas.forMargin(5, 50, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a quota needs a positive margin and standard deviation and a design effect of at"
                + " least 1");
  }
}

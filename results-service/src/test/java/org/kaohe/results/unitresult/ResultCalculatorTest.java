package org.kaohe.results.unitresult;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.results.UnitResultComputedEvent;

class ResultCalculatorTest {
  private static final Instant AT = Instant.parse("2027-01-15T08:30:00Z");

  @Test
  void compositeIsTheMeanOfTheIndicatorScoresToTwoDecimals() {
    UnitResultComputedEvent result =
        ResultCalculator.compute(state(Map.of("A", "80", "B", "85", "C", "86")), "e-1", AT);

    assertThat(result.compositeScore()).isEqualByComparingTo("83.67");
    assertThat(result.indicatorCount()).isEqualTo(3);
    assertThat(result.basedOnSequence()).isEqualTo(4);
    assertThat(result.computedAt()).isEqualTo(AT);
  }

  @Test
  void theSameInputsAlwaysGiveTheSameResult() {
    UnitRoundState state = state(Map.of("A", "80.125", "B", "85"));

    assertThat(ResultCalculator.compute(state, "e-1", AT))
        .isEqualTo(ResultCalculator.compute(state, "e-1", AT));
  }

  @Test
  void theResultIdOfAnEventIsStable() {
    assertThat(UnitResultProjector.resultId("620100-2026", 3))
        .isEqualTo(UnitResultProjector.resultId("620100-2026", 3))
        .isNotEqualTo(UnitResultProjector.resultId("620100-2026", 4));
  }

  private static UnitRoundState state(Map<String, String> scores) {
    Map<String, BigDecimal> values = new java.util.TreeMap<>();
    scores.forEach((k, v) -> values.put(k, new BigDecimal(v)));
    return new UnitRoundState("620100-2026", new UnitCode("620100"), 2026, values, 4);
  }
}

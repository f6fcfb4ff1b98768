package org.kaohe.survey.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaohe.survey.weighting.TestSamples.score;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kaohe.survey.scoring.RespondentScore;

class UnitSampleTest {

  private static final WeightingTargets AREA =
      WeightingTargets.of(Map.of("area", Map.of("urban", 0.6, "rural", 0.4)));

  @Test
  void responsesAreHeldInResponseIdOrderWithTheirCategoriesCodedAgainstTheTargets() {
    var sample =
        UnitSample.builder("620100", List.of("gain"), AREA)
            .add("c", score(30), Map.of("area", "urban"))
            .add(
                "a",
                new RespondentScore(10, new TreeMap<>(Map.of("gain", 12.5))),
                Map.of("area", "rural"))
            .add("b", score(20), Map.of("area", "urban", "sex", "male"))
            .build();

    assertThat(sample.size()).isEqualTo(3);
    assertThat(List.of(sample.responseId(0), sample.responseId(1), sample.responseId(2)))
        .containsExactly("a", "b", "c");
    assertThat(sample.scores()).containsExactly(10, 20, 30);
    assertThat(sample.dimensionScores(0)).containsExactly(12.5, Double.NaN, Double.NaN);
    assertThat(sample.categories(0)).containsExactly("rural", "urban");
    assertThat(sample.categoryCodes(0)).containsExactly(0, 1, 1);
  }

  @Test
  void aResponseWithoutAWeightingDimensionIsAProgrammingError() {
    var builder = UnitSample.builder("620100", List.of(), AREA);

    assertThatThrownBy(() -> builder.add("r1", score(50), Map.of("sex", "male")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response r1 gives no 'area'");
  }

  @Test
  void aCategoryTheTargetsDoNotListIsAProgrammingError() {
    var builder = UnitSample.builder("620100", List.of(), AREA);

    assertThatThrownBy(() -> builder.add("r1", score(50), Map.of("area", "suburban")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "response r1 gives 'area' = 'suburban', which the weighting targets do not list");
  }

  @Test
  void aScoreOnADimensionTheQuestionnaireLacksIsAProgrammingError() {
    var builder = UnitSample.builder("620100", List.of("gain"), WeightingTargets.none());
    var score = new RespondentScore(50, new TreeMap<>(Map.of("wealth", 50.0)));

    assertThatThrownBy(() -> builder.add("r1", score, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response r1 is scored on 'wealth', which the questionnaire does not have");
  }

  @Test
  void theSameResponseListedTwiceWithTheSameValuesIsKeptOnce() {
    var sample =
        UnitSample.builder("620100", List.of(), AREA)
            .add("r2", score(60), Map.of("area", "rural"))
            .add("r1", score(50), Map.of("area", "urban"))
            .add("r2", score(60), Map.of("area", "rural"))
            .build();

    assertThat(sample.size()).isEqualTo(2);
    assertThat(sample.responseId(0)).isEqualTo("r1");
    assertThat(sample.responseId(1)).isEqualTo("r2");
    assertThat(sample.scores()).containsExactly(50, 60);
  }

  @Test
  void theSameResponseTwiceWithOtherValuesIsAProgrammingError() {
    var builder =
        UnitSample.builder("620100", List.of(), WeightingTargets.none())
            .add("r1", score(50), Map.of())
            .add("r1", score(60), Map.of());

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response r1 appears twice in unit 620100");
  }

  @Test
  void theColumnsGrowPastTheirFirstCapacity() {
    var builder = UnitSample.builder("620100", List.of(), AREA);
    for (int i = 0; i < 1000; i++) {
      builder.add(
          String.format("r%04d", i),
          score(i % 101),
          Map.of("area", i % 2 == 0 ? "urban" : "rural"));
    }

    var sample = builder.build();

    assertThat(sample.size()).isEqualTo(1000);
    assertThat(sample.responseId(999)).isEqualTo("r0999");
    assertThat(sample.scores()[999]).isEqualTo(999 % 101);
    assertThat(sample.categoryCodes(0)[999]).isZero();
  }

  @Test
  void aScoreOffTheHundredPointScaleIsRefused() {
    assertThatThrownBy(() -> score(100.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a score lies on 0..100, got 100.5");
  }
}

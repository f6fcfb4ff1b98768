package org.kaohe.survey.weighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kaohe.survey.scoring.RespondentScore;

class DeterminismTest {

  private static final WeightingTargets TARGETS =
      WeightingTargets.of(
          Map.of(
              "sex", Map.of("female", 0.51, "male", 0.49),
              "area", Map.of("urban", 0.55, "rural", 0.45),
              "age", Map.of("18-34", 0.3, "35-59", 0.45, "60+", 0.25)));

  private record Response(String id, RespondentScore score, Map<String, String> demographics) {}

  @Test
  void theSameResponsesInAnyOrderGiveBitIdenticalWeightsAndResults() {
    var random = new Random(7);
    var responses = new ArrayList<Response>();
    String[] sexes = {"female", "male"};
    String[] areas = {"urban", "urban", "rural"};
    String[] ages = {"18-34", "18-34", "35-59", "60+"};
    for (int i = 0; i < 3000; i++) {
      var dimensions = new TreeMap<String, Double>();
      dimensions.put("gain", random.nextInt(101) * 1.0);
      if (random.nextInt(4) > 0) {
        dimensions.put("security", random.nextDouble() * 100);
      }
      responses.add(
          new Response(
              Integer.toHexString(random.nextInt()) + "-" + i,
              new RespondentScore(random.nextDouble() * 100, dimensions),
              Map.of(
                  "sex", sexes[random.nextInt(2)],
                  "area", areas[random.nextInt(3)],
                  "age", ages[random.nextInt(4)])));
    }

    UnitSample first = sample(responses);
    var firstWeights = Raking.rake(first, RakingSettings.defaults());
    var firstResult = UnitEstimator.estimate(first, RakingSettings.defaults(), 577);
    for (long seed = 1; seed <= 5; seed++) {
      var shuffled = new ArrayList<>(responses);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(shuffled).isNotEqualTo(responses);
      UnitSample again = sample(shuffled);

      assertThat(Raking.rake(again, RakingSettings.defaults())).isEqualTo(firstWeights);
      assertThat(UnitEstimator.estimate(again, RakingSettings.defaults(), 577))
          .isEqualTo(firstResult);
    }
    assertThat(firstResult).isInstanceOf(UnitEstimate.class);
    assertThat(((RakedWeights) firstWeights).iterations()).isGreaterThan(1);
  }

  private static UnitSample sample(List<Response> responses) {
    var builder = UnitSample.builder("620100", List.of("gain", "security"), TARGETS);
    responses.forEach(r -> builder.add(r.id(), r.score(), r.demographics()));
    return builder.build();
  }
}

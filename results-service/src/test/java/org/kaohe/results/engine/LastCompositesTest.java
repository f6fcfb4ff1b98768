package org.kaohe.results.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.reference.scheme.ScoringSchemes;
import org.kaohe.results.inputs.MemoryInputs;
import org.kaohe.results.inputs.SubjectInputs;
import org.kaohe.results.scoring.Composite;
import org.kaohe.results.scoring.Inputs;

class LastCompositesTest {
  private static final int YEAR = 2026;
  private final ResultBuilder builder =
      new ResultBuilder(ReferenceFiles.shipped(), ScoringSchemes.shipped());
  private final MemoryInputs inputs = new MemoryInputs();
  private final LastComposites last = new LastComposites();

  @Test
  void aGroupComputedAgainOverTheSameInputsTakesEachMembersLastCompositeAndTheSameResults() {
    citiesScored("90");
    List<ResultBuilder.Computed> first = cities(last);
    List<ResultBuilder.Computed> again = cities(last);

    assertThat(first).hasSize(14);
    for (int i = 0; i < first.size(); i++) {
      assertThat(again.get(i).composite()).isSameAs(first.get(i).composite());
      assertThat(again.get(i).resultId()).isEqualTo(first.get(i).resultId());
    }
  }

  @Test
  void onlyTheMemberWhoseInputsChangedIsScoredAgainAndTheResultsAreThoseOfAFreshComputation() {
    citiesScored("90");
    Map<String, Composite> before = composites(cities(last));
    inputs.save(city("620200", "70"));

    List<ResultBuilder.Computed> after = cities(last);

    for (ResultBuilder.Computed computed : after) {
      String code = computed.subject().code();
      if (code.equals("620200")) {
        assertThat(computed.composite()).isNotSameAs(before.get(code));
        assertThat(computed.composite().composite()).isLessThan(before.get(code).composite());
      } else {
        assertThat(computed.composite()).isSameAs(before.get(code));
      }
    }
    assertThat(after.stream().map(ResultBuilder.Computed::resultId))
        .containsExactlyElementsOf(
            cities(new LastComposites()).stream().map(ResultBuilder.Computed::resultId).toList());
  }

  private void citiesScored(String value) {
    for (String key :
        builder.peerGroupKeys(SubjectInputs.key(SubjectInputs.UNIT, "620100", YEAR))) {
      inputs.save(city(SubjectInputs.Key.parse(key).code(), value));
    }
  }

  private List<ResultBuilder.Computed> cities(LastComposites memo) {
    return builder.peerGroup(inputs, SubjectInputs.UNIT, "CITY", YEAR, memo);
  }

  private static SubjectInputs city(String code, String value) {
    return SubjectInputs.empty(SubjectInputs.UNIT, code, code, YEAR, "CITY")
        .withScore(
            "HQD-ECONOMY",
            new Inputs.Score("HQD-ECONOMY", null, new BigDecimal(value), "score-" + code));
  }

  private static Map<String, Composite> composites(List<ResultBuilder.Computed> computed) {
    Map<String, Composite> byCode = new HashMap<>();
    computed.forEach(c -> byCode.put(c.subject().code(), c.composite()));
    return byCode;
  }
}

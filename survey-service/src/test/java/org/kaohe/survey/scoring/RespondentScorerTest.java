package org.kaohe.survey.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RespondentScorerTest {

  private final RespondentScorer scorer =
      new RespondentScorer(
          List.of(
              new ScoredItem("q1", new AnswerScale(1, 5), "gain"),
              new ScoredItem("q2", new AnswerScale(0, 10), "gain"),
              new ScoredItem("q3", new AnswerScale(1, 5), "security"),
              new ScoredItem("q4", new AnswerScale(1, 5), "happiness")));

  @Test
  void theOverallScoreIsTheMeanOfEveryAnsweredItemAndEachDimensionTheMeanOfItsOwn() {
    // q1 = 4 → 75, q2 = 9 → 90, q3 = 2 → 25; q4 unanswered.
    var score = scorer.score(Map.of("q1", 4, "q2", 9, "q3", 2)).orElseThrow();

    assertThat(score.overall()).isCloseTo(190.0 / 3, within(1e-12));
    assertThat(score.dimensions()).containsOnlyKeys("gain", "security");
    assertThat(score.dimensions().get("gain")).isEqualTo(82.5);
    assertThat(score.dimensions().get("security")).isEqualTo(25.0);
  }

  @Test
  void theDimensionsAreListedAlphabetically() {
    assertThat(scorer.dimensions()).containsExactly("gain", "happiness", "security");
  }

  @Test
  void aResponseWithoutAnyScoredAnswerHasNoScore() {
    assertThat(scorer.score(Map.of())).isEmpty();
  }

  @Test
  void anAnswerToAnItemTheQuestionnaireLacksIsAProgrammingError() {
    assertThatThrownBy(() -> scorer.score(Map.of("q9", 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the questionnaire has no item 'q9'");
  }

  @Test
  void aQuestionnaireListingAnItemTwiceIsRefused() {
    var item = new ScoredItem("q1", new AnswerScale(1, 5), "gain");

    assertThatThrownBy(() -> new RespondentScorer(List.of(item, item)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the questionnaire lists item 'q1' twice");
  }
}

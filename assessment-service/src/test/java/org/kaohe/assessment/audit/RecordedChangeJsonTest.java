package org.kaohe.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The history's items as JSON: a change's own fields stand beside the common ones. */
class RecordedChangeJsonTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aScoreKeepsTheFieldsItHasAlwaysHadAndNamesItsKind() {
    assertThat(fieldNames(json(KnownChanges.ECONOMY_CORRECTED)))
        .containsExactlyInAnyOrder(
            "sequence",
            "eventId",
            "kind",
            "indicatorCode",
            "cadreCode",
            "period",
            "previousValue",
            "value",
            "principal",
            "agency",
            "recordedAt",
            "requestId",
            "reason");
    assertThat(json(KnownChanges.ECONOMY_CORRECTED).get("kind").asString()).isEqualTo("SCORE");
    assertThat(json(KnownChanges.ECONOMY_CORRECTED).get("previousValue").decimalValue())
        .isEqualByComparingTo("80");
  }

  @Test
  void aRatingNamesItsSubjectRatingPreviousRatingAndBasis() {
    JsonNode rating = json(KnownChanges.UNIT_RERATED);

    assertThat(rating.get("kind").asString()).isEqualTo("POLITICAL_RATING");
    assertThat(rating.get("rating").asString()).isEqualTo("AVERAGE");
    assertThat(rating.get("previousRating").asString()).isEqualTo("GOOD");
    assertThat(rating.get("basis").asString()).isEqualTo("democratic appraisal, talks");
    assertThat(rating.get("cadreCode").isNull()).isTrue();
    assertThat(rating.get("reason").asString()).isEqualTo(KnownChanges.RERATING_REASON);
    assertThat(rating.has("value")).isFalse();
  }

  @Test
  void anEvaluationsTallyStandsBesideItsRaterGroup() {
    JsonNode evaluation = json(KnownChanges.CADRE_REEVALUATED);

    assertThat(evaluation.get("kind").asString()).isEqualTo("DEMOCRATIC_EVALUATION");
    assertThat(evaluation.get("cadreCode").asString()).isEqualTo(KnownChanges.CADRE);
    assertThat(evaluation.get("raterGroup").asString()).isEqualTo("CADRES");
    assertThat(evaluation.get("ballots").asInt()).isEqualTo(41);
    assertThat(evaluation.get("gradeCounts").get("EXCELLENT").asInt()).isEqualTo(31);
    assertThat(evaluation.get("negativeVotes").asInt()).isEqualTo(2);
    assertThat(evaluation.get("replacesEarlier").asBoolean()).isTrue();
    assertThat(evaluation.has("tally")).isFalse();
  }

  @Test
  void aFindingsContentStandsBesideItsId() {
    JsonNode finding = json(KnownChanges.FINDING_RECORDED);

    assertThat(finding.get("kind").asString()).isEqualTo("FINDING");
    assertThat(finding.get("findingId").asString()).isEqualTo(KnownChanges.FINDING_ID);
    assertThat(finding.get("source").asString()).isEqualTo("AUDIT");
    assertThat(finding.get("severity").asString()).isEqualTo("SERIOUS");
    assertThat(finding.get("deduction").decimalValue()).isEqualByComparingTo("1.5");
    assertThat(finding.has("finding")).isFalse();
  }

  @Test
  void aReopeningSaysUntilWhenAndWhy() {
    JsonNode reopening = json(KnownChanges.REOPENED);

    assertThat(reopening.get("kind").asString()).isEqualTo("REOPENING");
    assertThat(reopening.get("until").asString()).isEqualTo("2027-04-10T00:00:00Z");
    assertThat(reopening.get("reason").asString())
        .isEqualTo("the audit finding needs a corrected score");
    assertThat(reopening.get("agency").isNull()).isTrue();
  }

  private static JsonNode json(RecordedChange change) {
    return JSON.valueToTree(change);
  }

  private static List<String> fieldNames(JsonNode node) {
    return node.propertyNames().stream().toList();
  }
}

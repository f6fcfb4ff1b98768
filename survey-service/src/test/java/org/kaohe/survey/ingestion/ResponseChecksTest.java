package org.kaohe.survey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kaohe.survey.campaign.domain.CampaignDefinition;
import org.kaohe.survey.campaign.domain.Item;
import org.kaohe.survey.campaign.domain.WeightingSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every check of a response, each refusal naming its field. */
class ResponseChecksTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final CampaignDefinition CAMPAIGN =
      new CampaignDefinition(
          2026,
          1,
          List.of("620100", "620200"),
          List.of(
              new Item("Q1", "x", "gain", 1, 5, true),
              new Item("Q2", "x", "security", 0, 10, true),
              new Item("Q3", "x", "happiness", 1, 5, true),
              new Item("Q4", "x", "satisfaction", 1, 5, false)),
          new BigDecimal("0.6"),
          new TreeMap<>(Map.of("sex", List.of("F", "M"))),
          new TreeMap<>(),
          new TreeMap<>(),
          400,
          new TreeMap<>(),
          Instant.parse("2026-06-01T00:00:00Z"),
          Instant.parse("2026-08-31T00:00:00Z"),
          new TreeMap<>(Map.of("PROV-SURVEY", List.of("620100"))),
          WeightingSettings.DEFAULT);
  private final ResponseChecks checks =
      new ResponseChecks(CAMPAIGN, "PROV-SURVEY", Instant.parse("2026-06-15T00:00:00Z"));

  private static final String VALID =
      """
      {"responseId":"r-1","unitCode":"620100","respondentKey":"138-0000-0001","channel":"PHONE",
       "collectedAt":"2026-06-10T09:00:00Z","demographics":{"sex":"F"},
       "answers":{"Q1":4,"Q2":7,"Q3":5}}""";

  @Test
  void aCompleteResponsePassesAndCounts() {
    ResponseChecks.Result result = checks.check(json(VALID));

    assertThat(result.errors()).isEmpty();
    assertThat(result.response().partial()).isFalse();
    assertThat(result.response().counts()).isTrue();
    assertThat(result.response().answers()).containsEntry("Q2", 7);
  }

  @Test
  void anEmptyRespondentKeyIsRefusedAsMissing() {
    ResponseChecks.Result result = checks.check(json(VALID.replace("\"138-0000-0001\"", "\"\"")));

    assertThat(result.response()).isNull();
    assertThat(result.errors()).containsExactly("respondentKey: is required");
  }

  @Test
  void aPartialCountsOnlyWhenItAnswersTheCampaignsShareOfRequiredItems() {
    ResponseChecks.Result twoOfThree = checks.check(json(VALID.replace(",\"Q3\":5", "")));
    ResponseChecks.Result oneOfThree = checks.check(json(VALID.replace(",\"Q2\":7,\"Q3\":5", "")));

    assertThat(twoOfThree.response().partial()).isTrue();
    assertThat(twoOfThree.response().counts()).isTrue();
    assertThat(oneOfThree.response().partial()).isTrue();
    assertThat(oneOfThree.response().counts()).isFalse();
  }

  @Test
  void everyProblemOfAResponseIsNamedAtOnce() {
    String bad =
        """
        {"responseId":"-x","unitCode":"620200","respondentKey":"\\u200b","channel":"FAX",
         "collectedAt":"2026-09-10T09:00:00Z","demographics":{"sex":"X","age":"60+"},
         "answers":{"Q1":4.5,"Q2":11,"Q9":1},"extra":true}""";

    assertThat(checks.check(json(bad)).errors())
        .containsExactly(
            "extra: not a field of a response",
            "responseId: must be 1-64 letters, digits, '.', '_', ':' or '-', starting with a letter"
                + " or digit",
            "unitCode: survey team PROV-SURVEY is not assigned unit 620200",
            "respondentKey: must contain visible characters, not only invisible ones",
            "channel: must be one of PHONE, WEB, IN_PERSON, got FAX",
            "collectedAt: 2026-09-10T09:00:00Z is outside the fieldwork window"
                + " 2026-06-01T00:00:00Z to 2026-08-31T00:00:00Z",
            "demographics.sex: unknown category X; one of [F, M]",
            "demographics.age: unknown dimension",
            "answers.Q1: must be a whole number from 1 to 5, got 4.5",
            "answers.Q2: must be a whole number from 0 to 10, got 11",
            "answers.Q9: not an item of the questionnaire");
  }

  @Test
  void aUnitOutsideTheCampaignAndAFutureCollectionTimeAreRefused() {
    String elsewhere =
        VALID.replace("620100", "110000").replace("2026-06-10T09:00:00Z", "2026-06-16T00:00:00Z");

    assertThat(checks.check(json(elsewhere)).errors())
        .containsExactly(
            "unitCode: 110000 is not surveyed by this campaign",
            "collectedAt: 2026-06-16T00:00:00Z is in the future");
  }

  @Test
  void aCollectionTimeIsAnRfc3339TimestampWithItsOffsetAndFraction() {
    String beijing = VALID.replace("2026-06-10T09:00:00Z", "2026-06-10T17:00:00.250+08:00");

    assertThat(checks.check(json(beijing)).response().collectedAt())
        .isEqualTo(Instant.parse("2026-06-10T09:00:00.250Z"));
  }

  @Test
  void aCollectionTimeThatIsNotAnRfc3339TimestampIsRefusedWithAnExample() {
    for (String malformed :
        List.of("2026-06-10T09:00Z", "2026-06-10 09:00:00", "2026-06-31T09:00:00Z", "yesterday")) {
      assertThat(checks.check(json(VALID.replace("2026-06-10T09:00:00Z", malformed))).errors())
          .as(malformed)
          .containsExactly(
              "collectedAt: must be an instant such as 2026-06-01T08:30:00Z, got " + malformed);
    }
  }

  @Test
  void aResponseWithoutFieldsListsEachMissingOne() {
    assertThat(checks.check(json("{}")).errors())
        .containsExactly(
            "responseId: is required",
            "unitCode: is required",
            "respondentKey: is required",
            "channel: is required",
            "collectedAt: is required",
            "demographics: is required, with [sex]",
            "answers: is required, an object of item code to answer");
    assertThat(checks.check(json("[1]")).errors())
        .containsExactly("a response must be a JSON object");
  }

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }
}

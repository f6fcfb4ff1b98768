package org.kaohe.survey.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** The campaign's lifecycle and what each status allows. */
class CampaignTest {
  static final CampaignId ID = new CampaignId("SURVEY-2026");
  static final AgencyCode ORG = new AgencyCode("PROV-ORG");
  static final AgencyCode TEAM = new AgencyCode("PROV-SURVEY");
  static final Instant AT = Instant.parse("2026-06-15T00:00:00Z");
  private AggregateTestFixture<Campaign> fixture;

  @BeforeEach
  void fixture() {
    fixture = new AggregateTestFixture<>(Campaign.class);
  }

  static CampaignDefinition definition() {
    return new CampaignDefinition(
        2026,
        1,
        List.of("620100", "620200"),
        List.of(new Item("Q1", "better off?", "gain", 1, 5, true)),
        BigDecimal.ONE,
        new TreeMap<>(Map.of("sex", List.of("F", "M"))),
        new TreeMap<>(),
        new TreeMap<>(),
        400,
        new TreeMap<>(),
        Instant.parse("2026-06-01T00:00:00Z"),
        Instant.parse("2026-08-31T00:00:00Z"),
        new TreeMap<>(Map.of("PROV-SURVEY", List.of("620100"))),
        WeightingSettings.DEFAULT);
  }

  static CampaignDraftedEvent drafted() {
    return new CampaignDraftedEvent(ID, definition(), "wang", ORG, AT);
  }

  @Test
  void aDraftIsOpenedAndTakesBatchesUntilItCloses() {
    fixture
        .given(drafted())
        .when(new OpenCampaignCommand(ID, "wang", ORG, AT))
        .expectEvents(new CampaignOpenedEvent(ID, "wang", ORG, AT));
    fixture
        .given(drafted(), new CampaignOpenedEvent(ID, "wang", ORG, AT))
        .when(new RecordResponseBatchCommand(ID, "b1", 3, 2, 0, 1, 0, 0, "d", "li", TEAM, AT))
        .expectEvents(
            new ResponseBatchRecordedEvent(ID, "b1", 3, 2, 0, 1, 0, 0, "d", "li", TEAM, AT));
  }

  @Test
  void aClosedCampaignRefusesABatchSayingWhenItClosed() {
    Instant closed = Instant.parse("2026-08-31T10:00:00Z");
    fixture
        .given(
            drafted(),
            new CampaignOpenedEvent(ID, "wang", ORG, AT),
            new CampaignClosedEvent(ID, "wang", ORG, closed))
        .when(new RecordResponseBatchCommand(ID, "b2", 1, 1, 0, 0, 0, 0, "d", "li", TEAM, AT))
        .expectNoEvents()
        .expectExceptionMessage(
            "campaign SURVEY-2026 is CLOSED and takes no responses (it closed at"
                + " 2026-08-31T10:00:00Z)");
  }

  @Test
  void aDraftTakesNoBatchAndCannotBeClosed() {
    fixture
        .given(drafted())
        .when(new CloseCampaignCommand(ID, "wang", ORG, AT))
        .expectNoEvents()
        .expectExceptionMessage(
            "campaign SURVEY-2026 is DRAFT; only a campaign that is OPEN can be closed");
  }

  @Test
  void aCorrectionNeedsAReasonAndSomethingToCorrect() {
    fixture
        .given(
            drafted(),
            new CampaignOpenedEvent(ID, "wang", ORG, AT),
            new CampaignClosedEvent(ID, "wang", ORG, AT))
        .when(new CorrectCampaignCommand(ID, List.of(), new TreeMap<>(), " ", "wang", ORG, AT))
        .expectNoEvents()
        .expectException(CampaignRefused.class)
        .expectExceptionMessage("the correction of campaign SURVEY-2026 has 2 problem(s)");
  }

  @Test
  void anOpenCampaignIsNotCorrected() {
    fixture
        .given(drafted(), new CampaignOpenedEvent(ID, "wang", ORG, AT))
        .when(new CorrectCampaignCommand(ID, List.of("r1"), new TreeMap<>(), "x", "wang", ORG, AT))
        .expectNoEvents()
        .expectExceptionMessage(
            "campaign SURVEY-2026 is OPEN; only a closed campaign is corrected");
  }

  @Test
  void theKeyIsDestroyedOnlyAfterPublication() {
    fixture
        .given(
            drafted(),
            new CampaignOpenedEvent(ID, "wang", ORG, AT),
            new CampaignClosedEvent(ID, "wang", ORG, AT))
        .when(new DestroyCampaignKeyCommand(ID, "retention over", "wang", ORG, AT))
        .expectNoEvents()
        .expectExceptionMessage(
            "campaign SURVEY-2026 is CLOSED; its respondent key is destroyed only once every"
                + " result is published");
  }

  @Test
  void aDefinitionWithProblemsIsRefusedListingThemAll() {
    CampaignDefinition good = definition();
    CampaignDefinition bad =
        new CampaignDefinition(
            good.year(),
            good.wave(),
            List.of("620100", "620100"),
            List.of(new Item("Q1", "x", "gain", 5, 1, true)),
            good.minimumRequiredShare(),
            good.demographics(),
            new TreeMap<>(Map.of("sex", new TreeMap<>(Map.of("F", new BigDecimal("0.5"))))),
            good.targets(),
            0,
            good.quotas(),
            good.fieldworkCloses(),
            good.fieldworkOpens(),
            good.teams(),
            good.weighting());

    assertThat(bad.problems())
        .containsExactly(
            "units: a unit is listed twice",
            "items: item Q1 has scale 5-1; its minimum must be below its maximum",
            "defaultTargets.sex: every category needs its population share (0 if none),"
                + " missing [M]",
            "defaultTargets.sex: population shares must sum to 1, they sum to 0.5",
            "defaultQuota: must be at least 1, got 0",
            "fieldworkCloses: must be after fieldworkOpens");
    fixture
        .givenNoPriorActivity()
        .when(new DraftCampaignCommand(ID, bad, "wang", ORG, AT))
        .expectNoEvents()
        .expectExceptionMessage("campaign SURVEY-2026 has 6 problem(s)");
  }
}

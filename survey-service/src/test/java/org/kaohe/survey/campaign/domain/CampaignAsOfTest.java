package org.kaohe.survey.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The campaign as its results see it at one of its events. */
class CampaignAsOfTest {

  @Test
  void responsesCountOnlyFromRecordedBatchesAndUntilACorrectionExcludesThem() {
    CampaignAsOf campaign = new CampaignAsOf();
    campaign.apply(CampaignTest.drafted());
    campaign.apply(
        new ResponseBatchRecordedEvent(
            CampaignTest.ID,
            "b1",
            1,
            1,
            0,
            0,
            0,
            0,
            "d",
            "li",
            CampaignTest.TEAM,
            CampaignTest.AT));

    assertThat(campaign.recorded("b1")).isTrue();
    assertThat(campaign.recorded("b2")).isFalse();
    assertThat(campaign.excluded("r1")).isFalse();
    assertThat(campaign.correctionReason()).isNull();

    var shares =
        new TreeMap<String, BigDecimal>(
            Map.of("F", new BigDecimal("0.4"), "M", new BigDecimal("0.6")));
    campaign.apply(
        new CampaignCorrectedEvent(
            CampaignTest.ID,
            List.of("r1"),
            new TreeMap<>(Map.of("620100", new TreeMap<>(Map.of("sex", shares)))),
            "census revised",
            "wang",
            CampaignTest.ORG,
            CampaignTest.AT));

    assertThat(campaign.excluded("r1")).isTrue();
    assertThat(campaign.targetsOf("620100")).containsEntry("sex", shares);
    assertThat(campaign.targetsOf("620200")).isEmpty();
    assertThat(campaign.correctionReason()).isEqualTo("census revised");
  }
}

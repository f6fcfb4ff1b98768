package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** An event of a campaign: which one, who, for which agency, and when. */
public interface CampaignEvent {
  CampaignId campaignId();

  String by();

  AgencyCode agency();

  Instant at();
}

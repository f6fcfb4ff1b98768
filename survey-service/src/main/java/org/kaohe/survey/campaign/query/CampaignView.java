package org.kaohe.survey.campaign.query;

import java.time.Instant;
import org.kaohe.survey.campaign.domain.CampaignDefinition;
import org.kaohe.survey.campaign.domain.CampaignStatus;

/** A campaign as it stands: closedAt is null until it closes. */
public record CampaignView(
    String campaignId,
    CampaignStatus status,
    CampaignDefinition definition,
    Instant closedAt,
    boolean keyDestroyed) {}

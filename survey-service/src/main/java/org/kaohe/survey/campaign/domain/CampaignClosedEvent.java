package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** The campaign takes no more responses; its results are computed from what it holds. */
@Revision("1")
public record CampaignClosedEvent(CampaignId campaignId, String by, AgencyCode agency, Instant at)
    implements CampaignEvent {}

package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** The campaign takes responses from now until it is closed. */
@Revision("1")
public record CampaignOpenedEvent(CampaignId campaignId, String by, AgencyCode agency, Instant at)
    implements CampaignEvent {}

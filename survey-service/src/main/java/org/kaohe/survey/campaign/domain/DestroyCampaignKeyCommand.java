package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** Records that the campaign's respondent key is to be destroyed. */
public record DestroyCampaignKeyCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    String reason,
    String by,
    AgencyCode agency,
    Instant at) {}

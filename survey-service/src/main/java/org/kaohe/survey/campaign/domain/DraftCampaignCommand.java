package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** Defines a new campaign. */
public record DraftCampaignCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    CampaignDefinition definition,
    String by,
    AgencyCode agency,
    Instant at) {}

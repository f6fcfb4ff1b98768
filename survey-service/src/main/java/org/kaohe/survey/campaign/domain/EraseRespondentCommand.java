package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** Records that a respondent's link to their response was removed at their request. */
public record EraseRespondentCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    String unitCode,
    String responseId,
    String reason,
    String by,
    AgencyCode agency,
    Instant at) {}

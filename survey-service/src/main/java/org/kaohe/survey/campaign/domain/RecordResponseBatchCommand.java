package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/** Records a batch of responses a survey team's request stored. */
public record RecordResponseBatchCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    String batchId,
    int received,
    int stored,
    int alreadyStored,
    int refused,
    int duplicateRespondents,
    int partials,
    String acceptedDigest,
    String by,
    AgencyCode agency,
    Instant at) {}

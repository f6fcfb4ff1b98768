package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/**
 * A survey team's batch was stored: its counts, and a SHA-256 digest of the sorted ids of the
 * responses it holds (new, or stored by an earlier try of the same batch), so the audit trail is
 * complete without an event per response. Responses count towards results only once their batch is
 * recorded.
 */
@Revision("1")
public record ResponseBatchRecordedEvent(
    CampaignId campaignId,
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
    Instant at)
    implements CampaignEvent {}

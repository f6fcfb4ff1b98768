package org.kaohe.survey.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.axonframework.serialization.Revision;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;

/**
 * A correction after the campaign closed, with its reason: responses excluded (e.g. found
 * fabricated) and units' population shares replaced. The changed units' results are published
 * again; nothing earlier is edited.
 */
@Revision("1")
public record CampaignCorrectedEvent(
    CampaignId campaignId,
    List<String> excludedResponseIds,
    SortedMap<String, SortedMap<String, SortedMap<String, BigDecimal>>> targets,
    String reason,
    String by,
    AgencyCode agency,
    Instant at)
    implements CampaignEvent {}

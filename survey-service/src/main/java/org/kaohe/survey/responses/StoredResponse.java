package org.kaohe.survey.responses;

import java.time.Instant;
import java.util.SortedMap;
import org.kaohe.survey.campaign.domain.Channel;

/**
 * A checked response as it is stored: the respondent only as the keyed hash of their key.
 *
 * @param partial whether a required item is unanswered
 * @param counts whether it counts towards the unit's result (complete, or partial but answering
 *     enough required items)
 */
public record StoredResponse(
    String campaignId,
    String unitCode,
    String responseId,
    String respondentHash,
    Channel channel,
    Instant collectedAt,
    SortedMap<String, String> demographics,
    SortedMap<String, Integer> answers,
    boolean partial,
    boolean counts) {}

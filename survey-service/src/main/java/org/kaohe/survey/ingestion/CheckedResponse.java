package org.kaohe.survey.ingestion;

import java.time.Instant;
import java.util.SortedMap;
import org.kaohe.survey.campaign.domain.Channel;

/** A response that passed every check, its respondent's key still in clear. */
record CheckedResponse(
    String responseId,
    String unitCode,
    String respondentKey,
    Channel channel,
    Instant collectedAt,
    SortedMap<String, String> demographics,
    SortedMap<String, Integer> answers,
    boolean partial,
    boolean counts) {}

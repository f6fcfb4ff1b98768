package org.kaohe.benchmarks.survey;

import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kaohe.survey.campaign.domain.Channel;
import org.kaohe.survey.responses.StoredResponse;

/** One respondent's answers as a survey team's export carries them. */
record GeneratedResponse(
    String responseId,
    String unitCode,
    String respondentKey,
    Channel channel,
    Instant collectedAt,
    SortedMap<String, String> demographics,
    SortedMap<String, Integer> answers) {

  /** The line of an NDJSON batch, in the contract's field names. */
  String json() {
    return "{\"responseId\":\""
        + responseId
        + "\",\"unitCode\":\""
        + unitCode
        + "\",\"respondentKey\":\""
        + respondentKey
        + "\",\"channel\":\""
        + channel
        + "\",\"collectedAt\":\""
        + collectedAt
        + "\",\"demographics\":{"
        + demographics.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
            .collect(Collectors.joining(","))
        + "},\"answers\":{"
        + answers.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
            .collect(Collectors.joining(","))
        + "}}";
  }

  /**
   * As the service stores it once checked: every generated response answers every required item, so
   * none is partial and all count.
   */
  StoredResponse stored(String campaignId, String respondentHash) {
    return new StoredResponse(
        campaignId,
        unitCode,
        responseId,
        respondentHash,
        channel,
        collectedAt,
        new TreeMap<>(demographics),
        new TreeMap<>(answers),
        false,
        true);
  }
}

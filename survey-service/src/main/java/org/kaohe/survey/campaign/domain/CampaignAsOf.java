package org.kaohe.survey.campaign.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kaohe.events.survey.SurveyResultPublishedEvent;

/**
 * A campaign as it stood at one of its events: what its results at that event are computed from.
 * Folded from the campaign's events in order, up to and including that event, so the same events
 * always give the same state, whenever and wherever it is folded.
 */
public final class CampaignAsOf {
  private CampaignDefinition definition;
  private final SortedMap<String, SortedMap<String, SortedMap<String, BigDecimal>>> targets =
      new TreeMap<>();
  private final Set<String> excluded = new HashSet<>();
  private final Set<String> recordedBatches = new HashSet<>();
  private String correctionReason;
  private final Map<String, SurveyResultPublishedEvent> published = new HashMap<>();

  /** Applies the next event; events of other kinds leave the state as it is. */
  public void apply(Object event) {
    if (event instanceof CampaignDraftedEvent drafted) {
      definition = drafted.definition();
    } else if (event instanceof ResponseBatchRecordedEvent batch) {
      recordedBatches.add(batch.batchId());
    } else if (event instanceof CampaignCorrectedEvent corrected) {
      excluded.addAll(corrected.excludedResponseIds());
      targets.putAll(corrected.targets());
      correctionReason = corrected.reason();
    } else if (event instanceof CampaignClosedEvent) {
      correctionReason = null;
    } else if (event instanceof SurveyResultPublishedEvent result) {
      published.put(result.unitCode().value(), result);
    }
  }

  public CampaignDefinition definition() {
    return definition;
  }

  /** The unit's population shares: as corrected, else as defined. */
  public SortedMap<String, SortedMap<String, BigDecimal>> targetsOf(String unitCode) {
    return targets.getOrDefault(unitCode, definition.targetsOf(unitCode));
  }

  public boolean excluded(String responseId) {
    return excluded.contains(responseId);
  }

  /** Whether a batch's responses count: only a recorded batch's do. */
  public boolean recorded(String batchId) {
    return recordedBatches.contains(batchId);
  }

  /** Why the results at this event are published again; null at the close. */
  public String correctionReason() {
    return correctionReason;
  }

  /** The unit's result as last published before this event, if any. */
  public Optional<SurveyResultPublishedEvent> lastPublished(String unitCode) {
    return Optional.ofNullable(published.get(unitCode));
  }

  public List<String> units() {
    return definition.units();
  }
}

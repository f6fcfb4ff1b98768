package org.kaohe.survey.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.kaohe.survey.campaign.domain.CampaignAsOf;
import org.kaohe.survey.campaign.domain.CampaignResultsPublishedEvent;
import org.kaohe.survey.responses.ResponseStore;
import org.kaohe.survey.weighting.PeerComparison;
import org.kaohe.survey.weighting.UnitResult;

/**
 * Computes a campaign's unit results on request: as published (as the campaign stood at its latest
 * published close or correction, which gives exactly the published figures), or as the campaign
 * stands now, for administrators and auditors watching the fieldwork.
 */
public class SurveyResults {
  private final EventStore events;
  private final ResponseStore responses;

  public SurveyResults(EventStore events, ResponseStore responses) {
    this.events = events;
    this.responses = responses;
  }

  /** Every unit's result and the peer-group comparisons. */
  public record Computed(List<UnitResult> units, PeerComparison.Comparison comparison) {}

  /**
   * @param published as last published (empty when nothing is), else as the campaign stands now
   * @param peerGroupOf each unit's peer group (cities, counties, departments)
   */
  public Optional<Computed> compute(
      String campaignId, boolean published, Map<String, String> peerGroupOf) {
    Optional<CampaignAsOf> folded = fold(campaignId, published);
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    CampaignAsOf campaign = folded.get();
    SurveyResultCalculator calculator = new SurveyResultCalculator(campaign);
    responses.forEachResultInput(campaignId, null, calculator::offer);
    List<UnitResult> results = calculator.results();
    Map<String, String> groups = new TreeMap<>();
    results.forEach(r -> groups.put(r.unitCode(), peerGroupOf.getOrDefault(r.unitCode(), "OTHER")));
    return Optional.of(new Computed(results, PeerComparison.compare(results, groups)));
  }

  /** One unit's result as the campaign stands now. */
  public UnitResult current(String campaignId, String unitCode) {
    SurveyResultCalculator calculator =
        new SurveyResultCalculator(fold(campaignId, false).orElseThrow());
    responses.forEachResultInput(campaignId, unitCode, calculator::offer);
    return calculator.results().stream()
        .filter(result -> result.unitCode().equals(unitCode))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Folds the campaign's events: all of them, or up to its latest published computation (empty when
   * it has published none).
   */
  private Optional<CampaignAsOf> fold(String campaignId, boolean published) {
    List<? extends DomainEventMessage<?>> stream =
        events.readEvents(campaignId).asStream().toList();
    String until = null;
    if (published) {
      for (DomainEventMessage<?> event : stream) {
        if (event.getPayload() instanceof CampaignResultsPublishedEvent done) {
          until = done.computedFromEventId();
        }
      }
    }
    if (published && until == null) {
      return Optional.empty();
    }
    CampaignAsOf campaign = new CampaignAsOf();
    for (DomainEventMessage<?> event : stream) {
      campaign.apply(event.getPayload());
      if (event.getIdentifier().equals(until)) {
        break;
      }
    }
    return Optional.of(campaign);
  }
}

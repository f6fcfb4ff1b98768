package org.kaohe.survey.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.problem.ClientText;
import org.kaohe.survey.campaign.query.CampaignView;
import org.kaohe.survey.results.PublishedResults;
import org.kaohe.survey.results.SurveyResults;
import org.kaohe.survey.weighting.PeerComparison;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Unit results of a campaign: once published, every role reads them; before, administrators and
 * auditors read them as the campaign stands, marked {@code published: false}.
 */
@RestController
class ResultsController {
  private final CampaignController campaigns;
  private final PublishedResults published;
  private final SurveyResults results;
  private final SurveyCallers callers;
  private final ReferenceData reference;

  ResultsController(
      CampaignController campaigns,
      PublishedResults published,
      SurveyResults results,
      SurveyCallers callers,
      ReferenceData reference) {
    this.campaigns = campaigns;
    this.published = published;
    this.results = results;
    this.callers = callers;
    this.reference = reference;
  }

  @GetMapping(CampaignController.CAMPAIGNS + "/{campaignId}/units/{unitCode}/result")
  Mono<UnitResultView> unit(
      @PathVariable String campaignId, @PathVariable String unitCode, Caller caller) {
    return CampaignController.blocking(
        () -> {
          CampaignView campaign = campaigns.find(campaignId);
          if (!campaign.definition().units().contains(unitCode)) {
            throw new ResponseStatusException(
                HttpStatus.NOT_FOUND,
                "campaign "
                    + campaign.campaignId()
                    + " does not survey unit "
                    + ClientText.quoted(unitCode));
          }
          return published
              .find(campaign.campaignId(), unitCode)
              .map(UnitResultView::published)
              .orElseGet(
                  () -> {
                    requireUnpublishedReader(caller, campaign);
                    return UnitResultView.current(
                        campaign.campaignId(),
                        campaign.definition().year(),
                        results.current(campaign.campaignId(), unitCode));
                  });
        });
  }

  /** Every unit's result with the province-wide and peer-group means and their margins. */
  record CampaignResults(
      String campaignId,
      boolean published,
      List<UnitResultView> units,
      PeerComparison.Comparison comparison) {}

  @GetMapping(CampaignController.CAMPAIGNS + "/{campaignId}/results")
  Mono<CampaignResults> all(
      @PathVariable String campaignId,
      @RequestParam(defaultValue = "false") boolean current,
      Caller caller) {
    return CampaignController.blocking(
        () -> {
          CampaignView campaign = campaigns.find(campaignId);
          boolean publishedOnly = !current;
          if (!publishedOnly) {
            requireUnpublishedReader(caller, campaign);
          }
          Map<String, String> peerGroups = new TreeMap<>();
          reference
              .units()
              .forEach(unit -> peerGroups.put(unit.code().value(), unit.category().name()));
          SurveyResults.Computed computed =
              results
                  .compute(campaign.campaignId(), publishedOnly, peerGroups)
                  .orElseThrow(
                      () ->
                          new ResponseStatusException(
                              HttpStatus.NOT_FOUND,
                              "campaign "
                                  + campaign.campaignId()
                                  + " has published no results yet; administrators and auditors"
                                  + " may ask for ?current=true"));
          return new CampaignResults(
              campaign.campaignId(),
              publishedOnly,
              computed.units().stream()
                  .map(
                      unit ->
                          UnitResultView.current(
                              campaign.campaignId(), campaign.definition().year(), unit))
                  .map(view -> publishedOnly ? withPublished(view) : view)
                  .toList(),
              computed.comparison());
        });
  }

  private UnitResultView withPublished(UnitResultView view) {
    return published
        .find(view.campaignId(), view.unitCode())
        .map(UnitResultView::published)
        .orElse(view);
  }

  private void requireUnpublishedReader(Caller caller, CampaignView campaign) {
    if (!callers.readsUnpublished(caller)) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND,
          "campaign "
              + campaign.campaignId()
              + " has not published this result yet; before publication only administrators and"
              + " auditors read results");
    }
  }
}

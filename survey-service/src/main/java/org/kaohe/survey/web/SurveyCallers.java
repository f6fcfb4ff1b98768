package org.kaohe.survey.web;

import java.util.Set;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.Role;
import org.kaohe.survey.campaign.query.CampaignView;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what with a campaign, beyond the route rules: administrators and the agencies named in
 * {@code kaohe.survey.campaign-agencies} (the organization department) run campaigns; a survey team
 * sees and feeds only the campaigns it is assigned.
 */
public final class SurveyCallers {
  private final Set<String> campaignAgencies;

  public SurveyCallers(Set<String> campaignAgencies) {
    this.campaignAgencies = Set.copyOf(campaignAgencies);
  }

  boolean runsCampaigns(Caller caller) {
    return caller.hasRole(Role.ADMIN)
        || (caller.hasRole(Role.AGENCY)
            && caller.agency().filter(campaignAgencies::contains).isPresent());
  }

  void requireCampaignRunner(Caller caller) {
    if (!runsCampaigns(caller)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "campaigns are run by administrators and the agencies " + sorted(campaignAgencies));
    }
  }

  /** The survey team's agency, which must be assigned to the campaign. */
  String requireTeam(Caller caller, CampaignView campaign) {
    String team =
        caller
            .agency()
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.FORBIDDEN,
                        "sending responses needs a survey-team token that names its agency"));
    if (!campaign.definition().teams().containsKey(team)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "survey team " + team + " is not assigned to campaign " + campaign.campaignId());
    }
    return team;
  }

  /** Progress: the campaign's teams, campaign runners, auditors and dashboards. */
  void requireProgressReader(Caller caller, CampaignView campaign) {
    boolean team =
        caller.hasRole(Role.SURVEY_TEAM)
            && caller.agency().filter(campaign.definition().teams()::containsKey).isPresent();
    if (!(team
        || runsCampaigns(caller)
        || caller.hasRole(Role.AUDITOR)
        || caller.hasRole(Role.DASHBOARD))) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "the progress of campaign "
              + campaign.campaignId()
              + " is read by its survey teams, administrators, auditors and dashboards");
    }
  }

  /** Results before publication: administrators and auditors only. */
  boolean readsUnpublished(Caller caller) {
    return caller.hasRole(Role.ADMIN) || caller.hasRole(Role.AUDITOR);
  }

  private static String sorted(Set<String> agencies) {
    return agencies.stream().sorted().toList().toString();
  }
}

package org.kaohe.survey.campaign.domain;

/** Where a campaign is in its year: responses are taken only while it is open. */
public enum CampaignStatus {
  DRAFT,
  OPEN,
  CLOSED,
  RESULTS_PUBLISHED
}

package org.kaohe.survey.campaign.domain;

import java.time.Instant;
import java.util.List;

/**
 * A command the campaign refuses, with the HTTP status that says why: 409 for a step its status
 * does not allow, 400 for a definition or correction that is wrong in itself.
 */
public class CampaignRefused extends RuntimeException {
  private final int status;
  private final List<String> problems;
  private final CampaignStatus currentStatus;
  private Instant closedAt;

  private CampaignRefused(
      int status, String message, List<String> problems, CampaignStatus currentStatus) {
    super(message);
    this.status = status;
    this.problems = List.copyOf(problems);
    this.currentStatus = currentStatus;
  }

  public static CampaignRefused invalid(String message, List<String> problems) {
    return new CampaignRefused(400, message, problems, null);
  }

  public static CampaignRefused conflict(String message, CampaignStatus currentStatus) {
    return new CampaignRefused(409, message, List.of(), currentStatus);
  }

  /** A batch for a campaign that takes no responses, saying when it closed if it did. */
  public static CampaignRefused notOpen(
      Object campaignId, CampaignStatus status, Instant closedAt) {
    String when = closedAt == null ? "" : " (it closed at " + closedAt + ")";
    CampaignRefused refused =
        conflict(
            "campaign " + campaignId + " is " + status + " and takes no responses" + when, status);
    refused.closedAt = closedAt;
    return refused;
  }

  /** When the campaign closed, for a batch refused because it did; else null. */
  public Instant closedAt() {
    return closedAt;
  }

  public int status() {
    return status;
  }

  public List<String> problems() {
    return problems;
  }

  /** The campaign's status when it refused a step; null for a refusal of the content. */
  public CampaignStatus currentStatus() {
    return currentStatus;
  }
}

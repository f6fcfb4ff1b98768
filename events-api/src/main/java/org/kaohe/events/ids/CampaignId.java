package org.kaohe.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A public-opinion survey campaign, e.g. {@code SURVEY-2026} or {@code SURVEY-2026-W2}. */
public record CampaignId(@JsonValue String value) {
  @JsonCreator
  public CampaignId {
    Codes.require("campaign id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}

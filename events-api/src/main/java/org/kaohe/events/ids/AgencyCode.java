package org.kaohe.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An agency that submits assessment inputs, e.g. PROV-STATS. */
public record AgencyCode(@JsonValue String value) {
  @JsonCreator
  public AgencyCode {
    Codes.require("agency code", value);
  }

  @Override
  public String toString() {
    return value;
  }
}

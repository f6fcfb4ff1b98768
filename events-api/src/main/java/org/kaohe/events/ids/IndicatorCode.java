package org.kaohe.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An indicator of the assessment catalogue, e.g. HQD-ECONOMY. */
public record IndicatorCode(@JsonValue String value) {
  @JsonCreator
  public IndicatorCode {
    Codes.require("indicator code", value);
  }

  @Override
  public String toString() {
    return value;
  }
}

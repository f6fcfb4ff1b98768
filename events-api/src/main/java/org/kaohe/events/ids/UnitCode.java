package org.kaohe.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A leadership group ("unit"): a GB/T 2260 division code, or a configured code such as GS-D01. */
public record UnitCode(@JsonValue String value) {
  @JsonCreator
  public UnitCode {
    Codes.require("unit code", value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.kaohe.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A cadre (领导干部), e.g. {@code C-620100-01}: one person in one unit, rated as principal or deputy.
 */
public record CadreCode(@JsonValue String value) {
  @JsonCreator
  public CadreCode {
    Codes.require("cadre code", value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.kaohe.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A one-vote veto item (一票否决事项), e.g. VETO-SAFETY. */
public record VetoItemCode(@JsonValue String value) {
  @JsonCreator
  public VetoItemCode {
    Codes.require("veto item code", value);
  }

  @Override
  public String toString() {
    return value;
  }
}

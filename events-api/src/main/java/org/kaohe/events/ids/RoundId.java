package org.kaohe.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A unit's round of one assessment year, e.g. {@code 620100-2026}: the unit code, a hyphen and the
 * four-digit year. Written as that one string, in events, snapshots and the event store's aggregate
 * identifier alike.
 */
public record RoundId(@JsonValue String value) {
  private static final int YEAR_DIGITS = 4;

  @JsonCreator
  public RoundId {
    int hyphen = value == null ? -1 : value.length() - YEAR_DIGITS - 1;
    if (hyphen < 1
        || value.charAt(hyphen) != '-'
        || !isYear(value, hyphen + 1)
        || !Codes.isCode(value, hyphen)) {
      throw new IllegalArgumentException(
          "round id must be a unit code, '-' and a four-digit year, got: " + value);
    }
  }

  private static boolean isYear(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  public static RoundId of(UnitCode unit, int year) {
    return new RoundId(unit.value() + "-" + year);
  }

  @Override
  public String toString() {
    return value;
  }
}

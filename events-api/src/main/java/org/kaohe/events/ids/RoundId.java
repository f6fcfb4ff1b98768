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
        || !value.substring(hyphen + 1).chars().allMatch(Character::isDigit)
        || !isUnitCode(value.substring(0, hyphen))) {
      throw new IllegalArgumentException(
          "round id must be a unit code, '-' and a four-digit year, got: " + value);
    }
  }

  private static boolean isUnitCode(String text) {
    try {
      new UnitCode(text);
      return true;
    } catch (IllegalArgumentException notACode) {
      return false;
    }
  }

  public static RoundId of(UnitCode unit, int year) {
    return new RoundId(unit.value() + "-" + year);
  }

  @Override
  public String toString() {
    return value;
  }
}

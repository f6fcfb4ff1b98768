package org.kaohe.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The veto case of one item against one unit in one year, e.g. {@code
 * veto:620100:2026:VETO-SAFETY}: derived from those three, so a second proposal of the same item
 * finds the first. Written as that one string, in events and as the case's aggregate identifier.
 */
public record VetoId(@JsonValue String value) {
  private static final String PREFIX = "veto";

  @JsonCreator
  public VetoId {
    String[] parts = value == null ? new String[0] : value.split(":", -1);
    if (parts.length != 4
        || !PREFIX.equals(parts[0])
        || parts[2].length() != 4
        || !parts[2].chars().allMatch(Character::isDigit)
        || !isCode(() -> new UnitCode(parts[1]))
        || !isCode(() -> new VetoItemCode(parts[3]))) {
      throw new IllegalArgumentException(
          "veto id must be veto:<unit code>:<four-digit year>:<veto item code>, got: " + value);
    }
  }

  private static boolean isCode(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (IllegalArgumentException notACode) {
      return false;
    }
  }

  public static VetoId of(UnitCode unit, int year, VetoItemCode item) {
    return new VetoId(PREFIX + ":" + unit.value() + ":" + year + ":" + item.value());
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.kaohe.platform.web.batch;

import org.kaohe.platform.web.problem.FieldViolation;
import tools.jackson.databind.JsonNode;

/**
 * One item of a batch as read, before its fields are checked.
 *
 * @param number the item's position in the batch, from 1
 * @param line its line, for NDJSON; null in a JSON array
 * @param json the item, or null when its line is not JSON
 * @param unreadable why its line could not be read, or null
 * @param outOfBounds the field whose number is beyond what any reader holds, or null
 */
public record BatchEntry(
    int number, Integer line, JsonNode json, String unreadable, FieldViolation outOfBounds) {

  public static BatchEntry read(int number, Integer line, JsonNode json) {
    return new BatchEntry(number, line, json, null, null);
  }

  public static BatchEntry unreadable(int number, int line, String why) {
    return new BatchEntry(number, line, null, why, null);
  }

  public static BatchEntry outOfBounds(int number, Integer line, FieldViolation violation) {
    return new BatchEntry(number, line, null, null, violation);
  }

  /** How messages name it: {@code line 3} in NDJSON, {@code item 3} in an array. */
  public String label() {
    return line == null ? "item " + number : "line " + line;
  }
}

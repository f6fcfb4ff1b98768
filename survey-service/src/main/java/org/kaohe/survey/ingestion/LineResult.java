package org.kaohe.survey.ingestion;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What became of one response of a batch.
 *
 * @param line its line in NDJSON or CSV, or its position in a JSON array, from 1
 * @param status {@code STORED}, {@code ALREADY_STORED} (a retry: no second effect), {@code
 *     DUPLICATE_RESPONDENT} (the unit already counts this respondent), or {@code REFUSED}
 * @param partial stored with a required item unanswered
 * @param counts whether it counts towards the unit's result
 * @param errors why it was refused, each naming the field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineResult(
    int line,
    String responseId,
    String status,
    Boolean partial,
    Boolean counts,
    List<String> errors) {

  static LineResult refused(int line, String responseId, List<String> errors) {
    return new LineResult(line, responseId, "REFUSED", null, null, List.copyOf(errors));
  }
}

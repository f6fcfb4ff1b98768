package org.kaohe.assessment.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How many items were recorded, were unchanged or were refused; for a spreadsheet also how many
 * rows were skipped because their value was left empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(int recorded, int unchanged, int refused, Integer skipped) {

  public static Summary of(List<Outcome> outcomes) {
    int recorded = (int) outcomes.stream().filter(Outcome::isRecorded).count();
    int unchanged = (int) outcomes.stream().filter(Outcome::isUnchanged).count();
    return new Summary(recorded, unchanged, outcomes.size() - recorded - unchanged, null);
  }

  public Summary withSkipped(int skippedRows) {
    return new Summary(recorded, unchanged, refused, skippedRows);
  }
}

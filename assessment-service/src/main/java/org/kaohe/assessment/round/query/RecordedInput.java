package org.kaohe.assessment.round.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * An input as a round's read model holds it: what it says, then who recorded it ({@code
 * recordedBy}), for which agency, when, and at which sequence of the round. Numbers are JSON
 * numbers with the scale they were recorded with.
 */
public sealed interface RecordedInput {

  /** A score of an indicator, for the unit or a cadre, for the year or a period. */
  record Score(
      String indicatorCode,
      String cadreCode,
      String period,
      BigDecimal value,
      @JsonUnwrapped Recording recorded)
      implements RecordedInput {
    static Score of(Document input) {
      return new Score(
          input.getString("indicatorCode"),
          input.getString("cadreCode"),
          input.getString("period"),
          decimal(input, "value"),
          Recording.of(input));
    }
  }

  /** A political-quality rating of the unit or a cadre, and what it rests on. */
  record Rating(String cadreCode, String rating, String basis, @JsonUnwrapped Recording recorded)
      implements RecordedInput {
    static Rating of(Document input) {
      return new Rating(
          input.getString("cadreCode"),
          input.getString("rating"),
          input.getString("basis"),
          Recording.of(input));
    }
  }

  /** One rater group's democratic evaluation of the unit or a cadre. */
  record Evaluation(
      String cadreCode,
      String raterGroup,
      int ballots,
      Map<String, Integer> gradeCounts,
      int negativeVotes,
      @JsonUnwrapped Recording recorded)
      implements RecordedInput {
    static Evaluation of(Document input) {
      Map<String, Integer> gradeCounts = new LinkedHashMap<>();
      input
          .get("gradeCounts", Document.class)
          .forEach((grade, count) -> gradeCounts.put(grade, ((Number) count).intValue()));
      return new Evaluation(
          input.getString("cadreCode"),
          input.getString("raterGroup"),
          input.getInteger("ballots"),
          gradeCounts,
          input.getInteger("negativeVotes"),
          Recording.of(input));
    }
  }

  /** A finding about the unit or a cadre, with an optional deduction. */
  record Finding(
      String cadreCode,
      String source,
      String severity,
      String summary,
      BigDecimal deduction,
      @JsonUnwrapped Recording recorded)
      implements RecordedInput {
    static Finding of(Document input) {
      return new Finding(
          input.getString("cadreCode"),
          input.getString("source"),
          input.getString("severity"),
          input.getString("summary"),
          decimal(input, "deduction"),
          Recording.of(input));
    }
  }

  /** Who recorded the input, for which agency, when, and at which sequence of the round. */
  record Recording(String recordedBy, String agency, String recordedAt, long sequence) {
    static Recording of(Document input) {
      return new Recording(
          input.getString("recordedBy"),
          input.getString("agency"),
          input.getString("recordedAt"),
          input.get("sequence", Number.class).longValue());
    }
  }

  Recording recorded();

  /** The read model keeps numbers as their plain text, so that no scale is lost in storage. */
  private static BigDecimal decimal(Document input, String field) {
    String text = input.getString(field);
    return text == null ? null : new BigDecimal(text);
  }
}

package org.kaohe.assessment.round.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The round's answers are records, written field for field as the read model's documents were
 * written before, in the same order; only numbers are now JSON numbers with their recorded scale.
 */
class RoundViewJsonTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Document SCORE =
      source(
          new Document("indicatorCode", "HQD-ECONOMY")
              .append("cadreCode", null)
              .append("period", null)
              .append("value", "81.50"),
          1);
  private static final Document RATING =
      source(
          new Document("cadreCode", "C-620100-1").append("rating", "GOOD").append("basis", "talks"),
          2);
  private static final Document EVALUATION =
      source(
          new Document("cadreCode", null)
              .append("raterGroup", "CADRES")
              .append("ballots", 120)
              .append("gradeCounts", new Document(new TreeMap<>(Map.of("GOOD", 35, "POOR", 1))))
              .append("negativeVotes", 3),
          3);
  private static final Document FINDING =
      source(
          new Document("cadreCode", null)
              .append("source", "AUDIT")
              .append("severity", "MINOR")
              .append("summary", "late filing")
              .append("deduction", "0.0000001"),
          4);

  @Test
  void everyKindOfInputIsWrittenAsTheReadModelKeepsItWithNumbersAsNumbers() {
    assertThat(write(RecordedInput.Score.of(SCORE)))
        .isEqualTo(withNumber(write(SCORE), "value", "81.50"))
        .contains("\"value\":81.50,");
    assertThat(write(RecordedInput.Rating.of(RATING))).isEqualTo(write(RATING));
    assertThat(write(RecordedInput.Evaluation.of(EVALUATION))).isEqualTo(write(EVALUATION));
    assertThat(write(RecordedInput.Finding.of(FINDING)))
        .isEqualTo(withNumber(write(FINDING), "deduction", "1E-7"));
  }

  @Test
  void aSubmissionIsItsKindKeyAndUnitFollowedByTheInputsOwnFields() {
    Document round =
        new Document("unitCode", "620100").append("scores", new Document("HQD", SCORE));
    Document before =
        new Document("kind", "scores").append("key", "HQD").append("unitCode", "620100");
    SCORE.forEach(before::append);

    List<AgencyWork.Submission> submissions = Submissions.by("PROV-STATS", round);

    assertThat(submissions).hasSize(1);
    assertThat(write(submissions.get(0))).isEqualTo(withNumber(write(before), "value", "81.50"));
    assertThat(Submissions.by("PROV-ORG", round)).isEmpty();
  }

  @Test
  void aMissingInputNamesOnlyTheFieldsThatApply() {
    assertThat(write(new MissingInput("POLITICAL_RATING", null, "C-620100-1", null, "OPEN")))
        .isEqualTo(
            "{\"kind\":\"POLITICAL_RATING\",\"cadreCode\":\"C-620100-1\",\"status\":\"OPEN\"}");
  }

  @Test
  void aRoundListsItsFieldsInTheOrderTheDocumentDid() {
    RoundView view =
        new RoundView(
            "620100-2026",
            "620100",
            "兰州市",
            2026,
            new CalendarView("2027-01-01", "2027-03-31", "2027-04-01T00:00:00Z", "OPEN"),
            null,
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            new RoundView.Completeness(true, 0, 0, Map.of()));

    assertThat(write(view))
        .isEqualTo(
            "{\"roundId\":\"620100-2026\",\"unitCode\":\"620100\",\"unitName\":\"兰州市\","
                + "\"year\":2026,\"calendar\":{\"opens\":\"2027-01-01\",\"deadline\":\"2027-03-31\","
                + "\"closesAt\":\"2027-04-01T00:00:00Z\",\"status\":\"OPEN\"},\"reopened\":null,"
                + "\"scores\":{},\"ratings\":{},\"evaluations\":{},\"findings\":{},"
                + "\"completeness\":{\"complete\":true,\"expected\":0,\"missing\":0,"
                + "\"missingByAgency\":{}}}");
  }

  /** Who recorded an input and where, as the projection appends it. */
  private static Document source(Document input, long sequence) {
    return input
        .append("recordedBy", "wang.fang")
        .append("agency", "PROV-STATS")
        .append("recordedAt", "2026-12-01T09:00:00Z")
        .append("sequence", sequence);
  }

  private static String write(Object value) {
    return JSON.writeValueAsString(value);
  }

  /** The document's JSON with the number it held as text written as a JSON number. */
  private static String withNumber(String json, String field, String number) {
    return json.replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":" + number);
  }
}

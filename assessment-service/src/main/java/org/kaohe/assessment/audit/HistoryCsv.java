package org.kaohe.assessment.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kaohe.platform.spreadsheet.SpreadsheetCsv;

/**
 * A round's history as CSV, written by {@link SpreadsheetCsv}. The score columns come first, as the
 * export has always had them (a rating's, evaluation's or finding's cadre is in {@code cadre_code}
 * too); each later column belongs to one kind of change and is empty on the others' lines.
 */
public final class HistoryCsv {

  private static final List<Column> COLUMNS =
      List.of(
          new Column("sequence", change -> String.valueOf(change.sequence())),
          new Column("event_id", RecordedChange::eventId),
          score("indicator_code", ScoreChange::indicatorCode),
          new Column("cadre_code", change -> change.input().cadreCode()),
          score("period", ScoreChange::period),
          score("previous_value", score -> plain(score.previousValue())),
          score("value", score -> plain(score.value())),
          new Column("principal", RecordedChange::principal),
          new Column("agency", RecordedChange::agency),
          new Column("recorded_at", change -> Objects.toString(change.recordedAt(), null)),
          new Column("request_id", RecordedChange::requestId),
          new Column("reason", RecordedChange::reason),
          new Column("kind", change -> change.kind().name()),
          rating("rating", rating -> rating.rating().name()),
          rating("previous_rating", rating -> Objects.toString(rating.previousRating(), null)),
          rating("basis", RatingChange::basis),
          evaluation("rater_group", EvaluationChange::raterGroup),
          evaluation("ballots", evaluation -> String.valueOf(evaluation.tally().ballots())),
          evaluation("grade_counts", evaluation -> counts(evaluation.tally().gradeCounts())),
          evaluation(
              "negative_votes", evaluation -> String.valueOf(evaluation.tally().negativeVotes())),
          evaluation(
              "replaces_earlier", evaluation -> String.valueOf(evaluation.replacesEarlier())),
          finding("finding_id", FindingChange::findingId),
          finding("source", finding -> finding.finding().source()),
          finding("severity", finding -> finding.finding().severity()),
          finding("summary", finding -> finding.finding().summary()),
          finding("deduction", finding -> plain(finding.finding().deduction())),
          Column.of("until", ReopeningChange.class, reopening -> reopening.until().toString()));

  public static final String HEADER =
      COLUMNS.stream().map(Column::header).collect(Collectors.joining(","));

  private HistoryCsv() {}

  public static String filename(String roundId) {
    return roundId + "-history.csv";
  }

  public static String write(List<RecordedChange> changes) {
    return SpreadsheetCsv.write(
        COLUMNS.stream().map(Column::header).toList(),
        changes.stream().map(HistoryCsv::cells).toList());
  }

  private static List<String> cells(RecordedChange change) {
    return COLUMNS.stream().map(column -> column.value().apply(change)).toList();
  }

  private static String plain(BigDecimal number) {
    return number == null ? null : number.toPlainString();
  }

  /** E.g. {@code EXCELLENT=78;GOOD=35}, in the tally's (alphabetical) order of grades. */
  private static String counts(Map<String, Integer> gradeCounts) {
    return gradeCounts.entrySet().stream()
        .map(count -> count.getKey() + "=" + count.getValue())
        .collect(Collectors.joining(";"));
  }

  private static Column score(String header, Function<ScoreChange, String> value) {
    return Column.of(header, ScoreChange.class, value);
  }

  private static Column rating(String header, Function<RatingChange, String> value) {
    return Column.of(header, RatingChange.class, value);
  }

  private static Column evaluation(String header, Function<EvaluationChange, String> value) {
    return Column.of(header, EvaluationChange.class, value);
  }

  private static Column finding(String header, Function<FindingChange, String> value) {
    return Column.of(header, FindingChange.class, value);
  }

  private record Column(String header, Function<RecordedChange, String> value) {

    /** A column of one kind of change: empty on the lines of the others. */
    static <T extends RecordedInput> Column of(
        String header, Class<T> kind, Function<T, String> value) {
      return new Column(
          header,
          change ->
              kind.isInstance(change.input()) ? value.apply(kind.cast(change.input())) : null);
    }
  }
}

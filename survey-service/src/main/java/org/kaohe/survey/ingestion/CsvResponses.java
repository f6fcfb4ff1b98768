package org.kaohe.survey.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kaohe.platform.spreadsheet.RawRow;
import org.kaohe.platform.spreadsheet.SheetRejected;
import org.kaohe.platform.web.batch.BatchEntry;
import org.kaohe.platform.web.batch.TooManyItems;
import org.kaohe.survey.campaign.domain.CampaignDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A survey team's export (CSV, or the first sheet of an XLSX workbook), read into the same
 * responses as NDJSON: a header row naming {@code responseId, unitCode, respondentKey, channel,
 * collectedAt}, one column per demographic dimension (named as the dimension) and one per item
 * (named by its code); an empty cell is an unanswered item. Each row is checked like a line of
 * NDJSON and reported by its row number in the file.
 */
final class CsvResponses {
  private static final List<String> FIXED =
      List.of("responseId", "unitCode", "respondentKey", "channel", "collectedAt");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CsvResponses() {}

  static List<BatchEntry> read(List<RawRow> rows, CampaignDefinition campaign, int maxItems) {
    List<RawRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
    if (filled.isEmpty()) {
      throw new SheetRejected("the file has no header row");
    }
    List<String> header = filled.get(0).cells().stream().map(String::strip).toList();
    List<String> missing = FIXED.stream().filter(column -> !header.contains(column)).toList();
    if (!missing.isEmpty()) {
      throw new SheetRejected("the header lacks the columns " + missing);
    }
    Set<String> dimensions = campaign.demographics().keySet();
    List<BatchEntry> entries = new ArrayList<>();
    for (RawRow row : filled.subList(1, filled.size())) {
      if (entries.size() == maxItems) {
        throw new TooManyItems("batch", maxItems);
      }
      int unheld = unheld(row, header.size());
      if (unheld >= 0) {
        entries.add(
            BatchEntry.unreadable(
                entries.size() + 1,
                row.number(),
                header.get(unheld)
                    + ": the file does not hold this cell's value (a formula saved without its"
                    + " result)"));
        continue;
      }
      ObjectNode response = NODES.objectNode();
      ObjectNode demographics = response.putObject("demographics");
      ObjectNode answers = response.putObject("answers");
      for (int column = 0; column < header.size(); column++) {
        String name = header.get(column);
        String value = row.cell(column).strip();
        if (FIXED.contains(name)) {
          response.put(name, value);
        } else if (dimensions.contains(name)) {
          demographics.put(name, value);
        } else if (!value.isEmpty()) {
          answers.set(name, answer(value));
        }
      }
      entries.add(BatchEntry.read(entries.size() + 1, row.number(), response));
    }
    return entries;
  }

  /** The first column whose value the file does not hold, or -1. */
  private static int unheld(RawRow row, int columns) {
    for (int column = 0; column < columns; column++) {
      if (!row.holds(column)) {
        return column;
      }
    }
    return -1;
  }

  /** A whole number as a number; anything else as the text, which the checks refuse by name. */
  private static JsonNode answer(String value) {
    if (value.length() <= 9 && value.matches("-?\\d+(\\.0+)?")) {
      return NODES.numberNode(Integer.parseInt(value.replaceAll("\\.0+$", "")));
    }
    return NODES.stringNode(value.length() <= 40 ? value : value.substring(0, 40));
  }
}

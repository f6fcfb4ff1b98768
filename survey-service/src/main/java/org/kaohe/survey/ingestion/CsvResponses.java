package org.kaohe.survey.ingestion;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kaohe.platform.web.batch.BatchEntry;
import org.kaohe.platform.web.batch.TooManyItems;
import org.kaohe.survey.campaign.domain.CampaignDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A survey team's CSV export, read into the same responses as NDJSON: a header row naming {@code
 * responseId, unitCode, respondentKey, channel, collectedAt}, one column per demographic dimension
 * (named as the dimension) and one per item (named by its code); an empty cell is an unanswered
 * item. Each row is checked like a line of NDJSON and reported by its line in the file.
 */
final class CsvResponses {
  private static final List<String> FIXED =
      List.of("responseId", "unitCode", "respondentKey", "channel", "collectedAt");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CsvResponses() {}

  static List<BatchEntry> read(String text, CampaignDefinition campaign, int maxItems) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<BatchEntry> entries = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text.replace("\uFEFF", "")), format)) {
      List<String> header = parser.getHeaderNames();
      List<String> missing = FIXED.stream().filter(column -> !header.contains(column)).toList();
      if (!missing.isEmpty()) {
        throw new ResponseStatusException(
            HttpStatus.BAD_REQUEST, "the CSV header lacks the columns " + missing);
      }
      Set<String> dimensions = campaign.demographics().keySet();
      for (CSVRecord record : parser) {
        if (entries.size() == maxItems) {
          throw new TooManyItems("batch", maxItems);
        }
        ObjectNode response = NODES.objectNode();
        ObjectNode demographics = response.putObject("demographics");
        ObjectNode answers = response.putObject("answers");
        for (String column : header) {
          String value = record.isSet(column) ? record.get(column) : "";
          if (FIXED.contains(column)) {
            response.put(column, value);
          } else if (dimensions.contains(column)) {
            demographics.put(column, value);
          } else if (!value.isEmpty()) {
            answers.set(column, answer(value));
          }
        }
        int line = Math.toIntExact(parser.getCurrentLineNumber());
        entries.add(BatchEntry.read(entries.size() + 1, line, response));
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException malformed) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "the CSV cannot be read: " + malformed.getMessage());
    }
    return entries;
  }

  /** A whole number as a number; anything else as the text, which the checks refuse by name. */
  private static tools.jackson.databind.JsonNode answer(String value) {
    if (value.length() <= 9 && value.matches("-?\\d+")) {
      return NODES.numberNode(Integer.parseInt(value));
    }
    return NODES.stringNode(value.length() <= 40 ? value : value.substring(0, 40));
  }
}

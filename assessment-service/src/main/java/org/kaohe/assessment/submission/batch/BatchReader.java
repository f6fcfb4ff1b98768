package org.kaohe.assessment.submission.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kaohe.assessment.submission.TooManyItems;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Splits a batch body into its items: a JSON array, or NDJSON with one JSON object per line. A line
 * of NDJSON that is not JSON is that item's problem; an array that is not valid JSON cannot be
 * split into items, so it is the whole batch's 400.
 */
public final class BatchReader {
  private final JsonMapper json;
  private final int maxItems;

  public BatchReader(JsonMapper json, int maxItems) {
    this.json = json;
    this.maxItems = maxItems;
  }

  /**
   * @throws TooManyItems past the limit
   * @throws ResponseStatusException 400 when the body is not a JSON array
   */
  public List<BatchEntry> readArray(byte[] body) {
    List<BatchEntry> entries = new ArrayList<>();
    try (JsonParser parser = json.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw notABatch("a JSON batch must be an array of items");
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (entries.size() == maxItems) {
          throw new TooManyItems("batch", maxItems);
        }
        entries.add(BatchEntry.read(entries.size() + 1, null, parser.readValueAsTree()));
      }
      if (parser.nextToken() != null) {
        throw notABatch("a JSON batch must be one array, found more after its end");
      }
    } catch (JacksonException unreadable) {
      throw notABatch("the batch is not valid JSON" + at(unreadable.getLocation()));
    }
    return entries;
  }

  /**
   * @throws TooManyItems past the limit
   */
  public List<BatchEntry> readLines(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String[] lines = text.split("\n", -1);
    List<BatchEntry> entries = new ArrayList<>();
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (entries.size() == maxItems) {
        throw new TooManyItems("batch", maxItems);
      }
      entries.add(readLine(entries.size() + 1, index + 1, line));
    }
    return entries;
  }

  private BatchEntry readLine(int number, int line, String text) {
    try {
      JsonNode item = json.readTree(text);
      return BatchEntry.read(number, line, item);
    } catch (JacksonException unreadable) {
      TokenStreamLocation location = unreadable.getLocation();
      String column =
          location == null || location.getColumnNr() < 1
              ? ""
              : " (column " + location.getColumnNr() + ")";
      return BatchEntry.unreadable(number, line, "line " + line + " is not valid JSON" + column);
    }
  }

  private static String at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static ResponseStatusException notABatch(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }
}

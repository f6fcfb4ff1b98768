package org.kaohe.platform.web.batch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kaohe.platform.web.numbers.DecimalBounds;
import org.kaohe.platform.web.problem.FieldViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Splits a batch body into its items: a JSON array, or NDJSON with one JSON object per line. A line
 * of NDJSON that is not JSON is that item's problem; an array that is not valid JSON cannot be
 * split into items, so it is the whole batch's 400.
 */
public final class BatchReader {
  private final JsonMapper json;
  private final DecimalBounds numbers;
  private final int maxItems;

  public BatchReader(JsonMapper json, DecimalBounds numbers, int maxItems) {
    this.json = json;
    this.numbers = numbers;
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
        entries.add(readItem(parser, entries.size() + 1, null));
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
   * Each line is parsed where it lies in the body, without copying it into text first. A line whose
   * first or last character is not ASCII (a byte order mark, a wide space) is trimmed as text.
   *
   * @throws TooManyItems past the limit
   */
  public List<BatchEntry> readLines(byte[] body) {
    requireUtf8(body);
    List<BatchEntry> entries = new ArrayList<>();
    int line = 0;
    for (int start = 0; start <= body.length; ) {
      int end = start;
      while (end < body.length && body[end] != '\n') {
        end++;
      }
      line++;
      int from = start;
      int to = end;
      while (from < to && isAsciiSpace(body[from])) {
        from++;
      }
      while (to > from && isAsciiSpace(body[to - 1])) {
        to--;
      }
      if (from < to && (body[from] < 0 || body[to - 1] < 0)) {
        String text = new String(body, from, to - from, StandardCharsets.UTF_8);
        String trimmed = text.replace("\uFEFF", "").strip();
        if (!trimmed.isEmpty()) {
          entries.add(readLine(entries, line, trimmed.getBytes(StandardCharsets.UTF_8), 0, -1));
        }
      } else if (from < to) {
        entries.add(readLine(entries, line, body, from, to - from));
      }
      start = end + 1;
    }
    return entries;
  }

  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F);
  }

  /** Checked strictly: a byte sequence that is not UTF-8 is refused, never replaced. */
  private static void requireUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException notUtf8) {
      throw notABatch("an NDJSON batch must be UTF-8 text");
    }
  }

  /**
   * The item under the parser. A number whose exponent no decimal holds ({@code 1e99999999999})
   * fails while the tree is built; the parser has read past it, so the item's remaining tokens are
   * skipped and the item alone is refused, naming the field as a single request would.
   */
  private BatchEntry readItem(JsonParser parser, int number, Integer line) {
    boolean container = parser.currentToken() != null && parser.currentToken().isStructStart();
    int depth = parser.streamReadContext().getNestingDepth();
    try {
      JsonNode item = parser.readValueAsTree();
      return BatchEntry.read(number, line, item == null ? NullNode.getInstance() : item);
    } catch (NumberFormatException beyondAnyDecimal) {
      String field = parser.currentName() == null ? "" : parser.currentName();
      while (container && parser.streamReadContext().getNestingDepth() >= depth) {
        if (parser.nextToken() == null) {
          throw beyondAnyDecimal;
        }
      }
      return BatchEntry.outOfBounds(number, line, new FieldViolation(field, numbers.rule()));
    }
  }

  /** The line's item; {@code length} -1 reads the whole array. */
  private BatchEntry readLine(
      List<BatchEntry> entries, int line, byte[] bytes, int offset, int length) {
    if (entries.size() == maxItems) {
      throw new TooManyItems("batch", maxItems);
    }
    int number = entries.size() + 1;
    int size = length < 0 ? bytes.length : length;
    try (JsonParser parser = json.createParser(bytes, offset, size)) {
      parser.nextToken();
      BatchEntry entry = readItem(parser, number, line);
      if (parser.nextToken() != null) {
        return notJson(number, line, column(bytes, offset, parser.currentLocation()));
      }
      return entry;
    } catch (JacksonException unreadable) {
      return notJson(number, line, column(bytes, offset, unreadable.getLocation()));
    }
  }

  /**
   * The column a client's editor shows, in characters from 1: the parser counts the bytes of the
   * line, and a character outside ASCII takes two to four of them.
   */
  private static int column(byte[] bytes, int offset, TokenStreamLocation location) {
    if (location == null || location.getColumnNr() < 1) {
      return 0;
    }
    int characters = 0;
    for (int i = offset; i < offset + location.getColumnNr() - 1 && i < bytes.length; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        characters++;
      }
    }
    return characters + 1;
  }

  private static BatchEntry notJson(int number, int line, int column) {
    return BatchEntry.unreadable(
        number,
        line,
        "line " + line + " is not valid JSON" + (column < 1 ? "" : " (column " + column + ")"));
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

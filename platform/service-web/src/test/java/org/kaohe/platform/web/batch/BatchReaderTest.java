package org.kaohe.platform.web.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.platform.web.numbers.BoundedNumbers;
import org.kaohe.platform.web.numbers.DecimalBounds;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

class BatchReaderTest {
  private final BatchReader reader =
      new BatchReader(
          BoundedNumbers.configure(JsonMapper.builder(), DecimalBounds.defaults()).build(),
          DecimalBounds.defaults(),
          3);

  @Test
  void aJsonArrayIsSplitIntoItsElementsNumberedFromOne() {
    List<BatchEntry> entries =
        reader.readArray(bytes("[{\"itemId\":\"a\"}, 42, {\"itemId\":\"c\"}]"));

    assertThat(entries).extracting(BatchEntry::number).containsExactly(1, 2, 3);
    assertThat(entries).extracting(BatchEntry::line).containsOnlyNulls();
    assertThat(entries.get(0).json().get("itemId").asString()).isEqualTo("a");
    assertThat(entries.get(1).json().isNumber()).isTrue();
  }

  @Test
  void ndjsonKeepsEachItemsLineAndAMalformedLineIsOnlyThatItemsProblem() {
    String body = "{\"itemId\":\"a\"}\r\n\n{\"itemId\": oops}\n{\"itemId\":\"c\"}\n";

    List<BatchEntry> entries = reader.readLines(bytes(body));

    assertThat(entries).extracting(BatchEntry::line).containsExactly(1, 3, 4);
    assertThat(entries.get(0).unreadable()).isNull();
    assertThat(entries.get(1).json()).isNull();
    assertThat(entries.get(1).unreadable()).startsWith("line 3 is not valid JSON (column");
    assertThat(entries.get(2).json().get("itemId").asString()).isEqualTo("c");
  }

  @Test
  void ndjsonThatIsNotUtf8IsRefusedRatherThanRepaired() {
    byte[] encodedSurrogate = {'{', '}', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80};

    assertThatThrownBy(() -> reader.readLines(encodedSurrogate))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            e -> assertThat(e.getReason()).isEqualTo("an NDJSON batch must be UTF-8 text"));
  }

  @Test
  void aDecimalInAnItemStaysExactlyAsWritten() {
    assertThat(
            reader
                .readLines(bytes("{\"value\":99.99999999999999999}"))
                .get(0)
                .json()
                .get("value")
                .decimalValue())
        .isEqualTo(new java.math.BigDecimal("99.99999999999999999"));
  }

  @Test
  void ndjsonWithAByteOrderMarkReadsItsFirstLine() {
    assertThat(reader.readLines(bytes("\uFEFF{\"itemId\":\"a\"}")).get(0).unreadable()).isNull();
  }

  @Test
  void aMalformedLineNamesTheColumnInCharactersWhateverTheirEncoding() {
    String malformed = "{\"name\":\"考核组\", oops}";

    List<BatchEntry> entries = reader.readLines(bytes("{\"itemId\":\"a\"}\n  " + malformed + "\n"));

    assertThat(entries.get(1).unreadable())
        .isEqualTo("line 2 is not valid JSON (column " + (malformed.indexOf("oops") + 1) + ")");
  }

  @Test
  void aLineFramedByWideSpacesOrAByteOrderMarkIsReadAsItsItem() {
    List<BatchEntry> entries =
        reader.readLines(
            bytes("\u3000{\"itemId\":\"a\"}\u3000\n\uFEFF{\"itemId\":\"b\"}\n\u3000\n"));

    assertThat(entries).extracting(BatchEntry::line).containsExactly(1, 2);
    assertThat(entries)
        .extracting(entry -> entry.json().get("itemId").asString())
        .containsExactly("a", "b");
  }

  @Test
  void moreItemsThanTheLimitRefuseTheWholeBatchNamingTheLimit() {
    assertThatThrownBy(() -> reader.readArray(bytes("[{},{},{},{}]")))
        .isInstanceOfSatisfying(TooManyItems.class, e -> assertThat(e.limit()).isEqualTo(3))
        .hasMessageContaining("at most 3 items");
    assertThatThrownBy(() -> reader.readLines(bytes("{}\n{}\n{}\n{}\n")))
        .isInstanceOf(TooManyItems.class);
  }

  @Test
  void blankLinesDoNotCountAgainstTheLimit() {
    assertThat(reader.readLines(bytes("{}\n\n\n{}\n\n{}\n\n"))).hasSize(3);
  }

  @Test
  void aBodyThatIsNotAJsonArrayIsTheWholeBatchsProblem() {
    assertThatThrownBy(() -> reader.readArray(bytes("{\"itemId\":\"a\"}")))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            e -> assertThat(e.getReason()).isEqualTo("a JSON batch must be an array of items"));
    assertThatThrownBy(() -> reader.readArray(bytes("[{\"itemId\":\"a\"},\n {\"itemId\": ]")))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            e -> assertThat(e.getReason()).startsWith("the batch is not valid JSON (line 2"));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

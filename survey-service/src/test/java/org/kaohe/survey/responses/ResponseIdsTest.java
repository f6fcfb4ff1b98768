package org.kaohe.survey.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kaohe.events.testing.RuleTexts;

/** The loop ingestion runs and the regular expression requests are validated with are one rule. */
class ResponseIdsTest {
  /** Every kind of character at the edges of the rule: its ranges' ends and their neighbours. */
  private static final char[] ALPHABET = {
    'A', 'Z', 'a', 'z', '0', '9', '.', '_', ':', '-', '/', '@', '[', '`', '{', ' ', 'é', '\0'
  };

  private static final Pattern FORMAT = Pattern.compile(ResponseIds.FORMAT);

  @Test
  void everyShortTextIsAnIdExactlyWhenTheFormatMatchesIt() {
    RuleTexts.everyText(ALPHABET, 3, ResponseIdsTest::agree);
  }

  @Test
  void textsAroundTheLengthBoundAgreeWithTheFormat() {
    // The alphabet's first ten characters are those an id may hold.
    RuleTexts.randomTexts(
        ALPHABET,
        10,
        ResponseIds.MAX_LENGTH - 2,
        ResponseIds.MAX_LENGTH + 2,
        500,
        ResponseIdsTest::agree);
    assertThat(ResponseIds.isResponseId("u".repeat(ResponseIds.MAX_LENGTH))).isTrue();
    assertThat(ResponseIds.isResponseId("u".repeat(ResponseIds.MAX_LENGTH + 1))).isFalse();
    assertThat(ResponseIds.isResponseId("uuid:0b6f-11")).isTrue();
  }

  private static void agree(String text) {
    assertThat(ResponseIds.isResponseId(text))
        .as("is %s a response id", text)
        .isEqualTo(FORMAT.matcher(text).matches());
  }
}

package org.kaohe.survey.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loop ingestion runs and the regular expression requests are validated with are one rule. */
class ResponseIdsTest {
  /** Every kind of character at the edges of the rule: its ranges' ends and their neighbours. */
  private static final char[] ALPHABET = {
    'A', 'Z', 'a', 'z', '0', '9', '.', '_', ':', '-', '/', '@', '[', '`', '{', ' ', 'é', '\0'
  };

  private static final Pattern FORMAT = Pattern.compile(ResponseIds.FORMAT);

  @Test
  void everyShortTextIsAnIdExactlyWhenTheFormatMatchesIt() {
    List<String> texts = new ArrayList<>(List.of(""));
    agree("");
    for (int length = 1; length <= 3; length++) {
      List<String> longer = new ArrayList<>();
      for (String text : texts) {
        for (char c : ALPHABET) {
          longer.add(text + c);
        }
      }
      longer.forEach(ResponseIdsTest::agree);
      texts = longer;
    }
  }

  @Test
  void textsAroundTheLengthBoundAgreeWithTheFormat() {
    Random random = new Random(20261204L);
    for (int length = ResponseIds.MAX_LENGTH - 2; length <= ResponseIds.MAX_LENGTH + 2; length++) {
      for (int sample = 0; sample < 500; sample++) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
          // mostly characters an id may hold, so that valid long ids come up too
          text.append(ALPHABET[random.nextInt(random.nextInt(20) == 0 ? ALPHABET.length : 10)]);
        }
        agree(text.toString());
      }
    }
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

package org.kaohe.survey.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
    everyText("", 3);
  }

  /** Checks the text and every text made of it and up to {@code more} characters more. */
  private static void everyText(String text, int more) {
    agree(text);
    for (int i = 0; more > 0 && i < ALPHABET.length; i++) {
      everyText(text + ALPHABET[i], more - 1);
    }
  }

  @Test
  void textsAroundTheLengthBoundAgreeWithTheFormat() {
    Random random = new Random(20261204L);
    // Mostly characters an id may hold (the alphabet's first ten), so that valid long ids come up.
    IntStream.rangeClosed(ResponseIds.MAX_LENGTH - 2, ResponseIds.MAX_LENGTH + 2)
        .forEach(
            length ->
                Stream.generate(
                        () ->
                            random
                                .ints(length, 0, 10)
                                .map(
                                    i ->
                                        random.nextInt(20) == 0
                                            ? random.nextInt(ALPHABET.length)
                                            : i)
                                .mapToObj(i -> String.valueOf(ALPHABET[i]))
                                .collect(Collectors.joining()))
                    .limit(500)
                    .forEach(ResponseIdsTest::agree));
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

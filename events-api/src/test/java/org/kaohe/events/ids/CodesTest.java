package org.kaohe.events.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The check events run and the regular expression requests run are the same rule. */
class CodesTest {
  /** Every kind of character at the edges of the rule: its ranges' ends and their neighbours. */
  private static final char[] ALPHABET = {
    'A', 'M', 'Z', '0', '5', '9', '-', '@', '[', '/', ':', 'a', 'z', '_', ' ', '.', 'É', '中'
  };

  private static final Pattern FORMAT = Pattern.compile(Codes.FORMAT);

  @Test
  void everyShortTextIsACodeExactlyWhenTheFormatMatchesIt() {
    everyText("", 3);
  }

  /** Checks the text and every text made of it and up to {@code more} characters more. */
  private void everyText(String text, int more) {
    agree(text);
    for (int i = 0; more > 0 && i < ALPHABET.length; i++) {
      everyText(text + ALPHABET[i], more - 1);
    }
  }

  @Test
  void textsAroundTheLengthBoundsAgreeWithTheFormat() {
    Random random = new Random(20261204L);
    for (int length = 0; length <= Codes.MAX_LENGTH + 2; length++) {
      for (int sample = 0; sample < 200; sample++) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
          // mostly characters a code may hold, so that long codes come up too
          text.append(
              random.nextInt(8) == 0
                  ? ALPHABET[random.nextInt(ALPHABET.length)]
                  : ALPHABET[random.nextInt(7)]);
        }
        agree(text.toString());
      }
    }
    assertThat(Codes.isCode("A".repeat(Codes.MAX_LENGTH), Codes.MAX_LENGTH)).isTrue();
    assertThat(Codes.isCode("A".repeat(Codes.MAX_LENGTH + 1), Codes.MAX_LENGTH + 1)).isFalse();
    assertThat(Codes.isCode("-A", 2)).isFalse();
    assertThat(Codes.isCode("A-", 2)).isTrue();
  }

  @Test
  void aCodeMayBeThePrefixOfALongerText() {
    assertThat(Codes.isCode("620100-2026", 6)).isTrue();
    assertThat(Codes.isCode("620100-2026", 11)).isTrue();
    assertThat(Codes.isCode("6201x0-2026", 6)).isFalse();
    assertThat(Codes.isCode("6", 1)).isFalse();
    assertThat(Codes.isCode("62", 3)).isFalse();
  }

  private void agree(String text) {
    assertThat(Codes.isCode(text, text.length()))
        .as("is %s a code", text)
        .isEqualTo(FORMAT.matcher(text).matches());
    for (int end = 0; end < text.length(); end++) {
      assertThat(Codes.isCode(text, end))
          .as("is the start of %s up to %d a code", text, end)
          .isEqualTo(FORMAT.matcher(text.substring(0, end)).matches());
    }
  }
}

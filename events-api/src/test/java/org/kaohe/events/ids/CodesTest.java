package org.kaohe.events.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kaohe.events.testing.RuleTexts;

/** The check events run and the regular expression requests run are the same rule. */
class CodesTest {
  /** Every kind of character at the edges of the rule: its ranges' ends and their neighbours. */
  private static final char[] ALPHABET = {
    'A', 'M', 'Z', '0', '5', '9', '-', '@', '[', '/', ':', 'a', 'z', '_', ' ', '.', 'É', '中'
  };

  private static final Pattern FORMAT = Pattern.compile(Codes.FORMAT);

  @Test
  void everyShortTextIsACodeExactlyWhenTheFormatMatchesIt() {
    RuleTexts.everyText(ALPHABET, 3, CodesTest::agree);
  }

  @Test
  void textsAroundTheLengthBoundsAgreeWithTheFormat() {
    // The alphabet's first seven characters are those a code may hold.
    RuleTexts.randomTexts(ALPHABET, 7, 0, Codes.MAX_LENGTH + 2, 200, CodesTest::agree);
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

  private static void agree(String text) {
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

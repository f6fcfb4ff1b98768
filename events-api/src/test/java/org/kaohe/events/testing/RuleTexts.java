package org.kaohe.events.testing;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Texts to hold a rule's two forms alike (a loop that checks a text, and the regular expression
 * written from the same rule): every short text over an alphabet of the characters at the rule's
 * edges, and random texts of given lengths, mostly of the characters the rule allows.
 */
public final class RuleTexts {
  private RuleTexts() {}

  /** Gives the empty text and every text of up to {@code maxLength} characters of the alphabet. */
  public static void everyText(char[] alphabet, int maxLength, Consumer<String> check) {
    everyText("", alphabet, maxLength, check);
  }

  private static void everyText(String text, char[] alphabet, int more, Consumer<String> check) {
    check.accept(text);
    for (int i = 0; more > 0 && i < alphabet.length; i++) {
      everyText(text + alphabet[i], alphabet, more - 1, check);
    }
  }

  /**
   * Gives {@code samples} random texts of each length from {@code minLength} to {@code maxLength},
   * seven characters in eight from the alphabet's first {@code allowed} (those the rule allows, so
   * that long valid texts come up too), the others from the whole alphabet.
   */
  public static void randomTexts(
      char[] alphabet,
      int allowed,
      int minLength,
      int maxLength,
      int samples,
      Consumer<String> check) {
    Random random = new Random(20261204L);
    for (int length = minLength; length <= maxLength; length++) {
      for (int sample = 0; sample < samples; sample++) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
          text.append(alphabet[random.nextInt(random.nextInt(8) == 0 ? alphabet.length : allowed)]);
        }
        check.accept(text.toString());
      }
    }
  }
}

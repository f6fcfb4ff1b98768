package org.kaohe.platform.web.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextRuleTest {
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  record Note(@FreeText(max = 10) String line, @FreeText(max = 10, multiline = true) String text) {}

  record Required(@NotEmpty(message = "needs a text") @FreeText(max = 10) String text) {}

  /** Escapes in the source: {@code \\uXXXX}, so that the invisible is visible in the test. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\\u200b | must contain visible characters, not only invisible ones",
        "\\u00a0\\u2060\\ufeff | must contain visible characters, not only invisible ones",
        "a\\u0000 | must not contain control characters, found U+0000 at character 2",
        "a\\u001bb | must not contain control characters, found U+001B at character 2",
        "\\u0085x | must not contain control characters, found U+0085 at character 1",
        "ab\\u202ec | must not contain bidirectional override characters, found U+202E at character 3",
        "\\u2066ab | must not contain bidirectional override characters, found U+2066 at character 1",
        "😀\\u2069 | must not contain bidirectional override characters, found U+2069 at character 2",
        "ok\\ud800 | must be valid Unicode text, found a lone surrogate U+D800 at character 3",
        "\\udc00ok | must be valid Unicode text, found a lone surrogate U+DC00 at character 1",
        "abcdefghijk | must be at most 10 characters",
        "\\u0020\\u0020 | must contain visible characters, not only blanks",
        "\\t\\u0020\\r\\n | must contain visible characters, not only blanks"
      })
  void refusesWithAMessageNamingTheFirstProblem(String escaped, String message) {
    String text = unescape(escaped);

    assertThat(FreeTextRule.violation(text, 10)).contains(message);
    assertThat(VALIDATOR.validate(new Note(text, null)))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok", "审计发现", "😀😀😀😀😀😀😀😀😀😀", "a\\u200db", "\\u200fabc", ""})
  void allowsVisibleTextAndLeavesEmptyToNotEmpty(String escaped) {
    String text = unescape(escaped);

    assertThat(FreeTextRule.violation(text, 10)).isEqualTo(Optional.empty());
    assertThat(VALIDATOR.validate(new Note(text, text))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\\u0020\\t | must contain visible characters, not only blanks",
        "'' | needs a text"
      })
  void requiredTextOfBlanksIsRefusedOnceAndEmptyTextByItsOwnMessage(
      String escaped, String message) {
    assertThat(VALIDATOR.validate(new Required(unescape(escaped))))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"line\\none", "tab\\tbed", "crlf\\r\\nok"})
  void lineBreaksAndTabsAreTextOnlyWhereMultiline(String escaped) {
    String text = unescape(escaped);

    assertThat(VALIDATOR.validate(new Note(null, text))).isEmpty();
    assertThat(VALIDATOR.validate(new Note(text, null)))
        .extracting(ConstraintViolation::getMessage)
        .singleElement()
        .asString()
        .startsWith("must not contain control characters, found U+000");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\\u200b.csv | must not contain invisible characters, found U+200B at character 1",
        "a\\u200db.csv | must not contain invisible characters, found U+200D at character 2",
        "x\\u00a0y.csv | must not contain invisible characters, found U+00A0 at character 2",
        "\\u202egpj.csv | must not contain bidirectional override characters, found U+202E at"
            + " character 1",
        "a\\u0000.csv | must not contain control characters, found U+0000 at character 2",
        "\\u0020 | must contain visible characters, not only blanks"
      })
  void aNameHoldsNoInvisibleCharacterAnywhere(String escaped, String message) {
    assertThat(FreeTextRule.nameViolation(unescape(escaped), 80)).contains(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"scores.csv", "my scores 2026.xlsx", "兰州市 考核.csv", ""})
  void aNameOfVisibleCharactersAndPlainSpacesIsAllowed(String name) {
    assertThat(FreeTextRule.nameViolation(name, 80)).isEmpty();
  }

  private static String unescape(String escaped) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && escaped.charAt(i + 1) == 'u') {
        text.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\') {
        char next = escaped.charAt(++i);
        text.append(next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}

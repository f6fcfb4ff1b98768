package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stored timestamp form is Axon's, byte for byte, and reads back as Axon reads it. */
class StoredTimestampsTest {
  private static final long YEAR_MINUS_5000 = -219_937_000_000L;
  private static final long YEAR_15000 = 411_200_000_000L;

  @Test
  void writesAndReadsEveryInstantAsAxonDoes() {
    Random random = new Random(20261124);
    for (int i = 0; i < 200_000; i++) {
      long seconds =
          YEAR_MINUS_5000 + (long) (random.nextDouble() * (YEAR_15000 - YEAR_MINUS_5000));
      Instant instant = Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
      String stored = DateTimeUtils.formatInstant(instant);

      assertThat(StoredTimestamps.format(instant)).isEqualTo(stored);
      assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }
  }

  @Test
  void edgesOfTheFastShape() {
    for (String stored :
        new String[] {
          "0000-01-01T00:00:00.000Z",
          "1969-12-31T23:59:59.999Z",
          "1970-01-01T00:00:00.000Z",
          "2024-02-29T12:00:00.001Z",
          "9999-12-31T23:59:59.999Z"
        }) {
      Instant parsed = StoredTimestamps.parse(stored);
      assertThat(parsed).isEqualTo(DateTimeUtils.parseInstant(stored));
      assertThat(StoredTimestamps.format(parsed)).isEqualTo(stored);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-31T23:59:59Z",
        "2026-03-31T23:59:59.5Z",
        "2026-03-31T23:59:59.123456789Z",
        "2026-03-31T23:59:59.999+08:00",
        "2026-03-31t23:59:59.999z",
        "+10000-01-01T00:00:00.000Z"
      })
  void otherFormsAreReadAsAxonReadsThem(String text) {
    assertThat(StoredTimestamps.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-29T00:00:00.000Z",
        "2026-13-01T00:00:00.000Z",
        "2026-12-31T24:00:00.000Z",
        "2026-12-31T23:60:00.000Z",
        "2026-12-31T23:59:60.000Z",
        "2026-12-3lT23:59:59.000Z"
      })
  void whatAxonRefusesIsRefused(String text) {
    assertThatThrownBy(() -> DateTimeUtils.parseInstant(text))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> StoredTimestamps.parse(text))
        .isInstanceOf(DateTimeParseException.class);
  }
}

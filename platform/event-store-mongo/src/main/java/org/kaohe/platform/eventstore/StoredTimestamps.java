package org.kaohe.platform.eventstore;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.axonframework.common.DateTimeUtils;

/**
 * Event timestamps in their stored form, Axon's {@link DateTimeUtils#formatInstant}: {@code
 * 2026-03-31T23:59:59.999Z}, milliseconds always written. Every event read is parsed and every
 * event written is formatted, and {@code DateTimeFormatter} made up several percent of a busy
 * service's CPU; this writes and reads that one shape directly, and leaves any other (years outside
 * 0–9999, other offsets or precisions, as stores written by other tools may hold) to Axon.
 */
final class StoredTimestamps {
  private static final String SHAPE = "0000-00-00T00:00:00.000Z";
  private static final int LENGTH = SHAPE.length();
  private static final long SECONDS_PER_DAY = 86_400;

  private StoredTimestamps() {}

  static String format(Instant instant) {
    LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    int year = time.getYear();
    if (year < 0 || year > 9999) {
      return DateTimeUtils.formatInstant(instant);
    }
    char[] text = new char[LENGTH];
    digits(text, 0, 4, year);
    text[4] = '-';
    digits(text, 5, 2, time.getMonthValue());
    text[7] = '-';
    digits(text, 8, 2, time.getDayOfMonth());
    text[10] = 'T';
    digits(text, 11, 2, time.getHour());
    text[13] = ':';
    digits(text, 14, 2, time.getMinute());
    text[16] = ':';
    digits(text, 17, 2, time.getSecond());
    text[19] = '.';
    digits(text, 20, 3, instant.getNano() / 1_000_000);
    text[23] = 'Z';
    return new String(text);
  }

  static Instant parse(String text) {
    if (!hasStoredShape(text)) {
      return DateTimeUtils.parseInstant(text);
    }
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int second = number(text, 17, 2);
    if (hour > 23 || minute > 59 || second > 59) {
      return DateTimeUtils.parseInstant(text);
    }
    long epochDay;
    try {
      epochDay =
          LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2)).toEpochDay();
    } catch (DateTimeException notADate) {
      return DateTimeUtils.parseInstant(text);
    }
    long seconds = epochDay * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, number(text, 20, 3) * 1_000_000L);
  }

  /** Digits where {@link #SHAPE} has a 0, its other characters exactly. */
  private static boolean hasStoredShape(String text) {
    if (text.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char expected = SHAPE.charAt(i);
      char actual = text.charAt(i);
      if (expected == '0' ? actual < '0' || actual > '9' : actual != expected) {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int start, int length) {
    int value = 0;
    for (int i = start; i < start + length; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static void digits(char[] text, int start, int length, int value) {
    for (int i = start + length - 1; i >= start; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}

package org.kaohe.events.validation;

import java.time.Instant;

/**
 * The instants a client may name: those of the four-digit years of ISO 8601, 0000 to 9999. Every
 * one of them is stored as a date and written back as the same text; an instant parses up to the
 * year 1,000,000,000, but a stored date ends near the year 292,000,000.
 */
public final class CalendarInstants {
  public static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** How refusals name the range. */
  public static final String RANGE = "from year 0000 to 9999";

  private CalendarInstants() {}

  public static boolean contains(Instant instant) {
    return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
  }
}

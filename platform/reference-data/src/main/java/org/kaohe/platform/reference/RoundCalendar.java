package org.kaohe.platform.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a year's round takes submissions: from the first moment of {@code opens} to the last moment
 * of {@code deadline} (by default 1 January of the year to 31 March of the next), in the province's
 * time zone.
 */
public record RoundCalendar(LocalDate opens, LocalDate deadline) {
  public static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Shanghai");

  public static RoundCalendar byDefault(int year) {
    return new RoundCalendar(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 3, 31));
  }

  /**
   * When a half-year period of the regular assessment begins: {@code H1} on 1 January, {@code H2}
   * on 1 July of the round's year; it can be scored from then on.
   */
  public static Instant periodStartsAt(int year, String period) {
    LocalDate start = "H2".equals(period) ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 1);
    return start.atStartOfDay(PROVINCE_TIME).toInstant();
  }

  public Instant opensAt() {
    return opens.atStartOfDay(PROVINCE_TIME).toInstant();
  }

  /** The first instant after the deadline day: a submission at or after it is late. */
  public Instant closesAt() {
    return deadline.plusDays(1).atStartOfDay(PROVINCE_TIME).toInstant();
  }
}

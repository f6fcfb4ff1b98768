package org.kaohe.assessment.reference;

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

  public Instant opensAt() {
    return opens.atStartOfDay(PROVINCE_TIME).toInstant();
  }

  /** The first instant after the deadline day: a submission at or after it is late. */
  public Instant closesAt() {
    return deadline.plusDays(1).atStartOfDay(PROVINCE_TIME).toInstant();
  }
}

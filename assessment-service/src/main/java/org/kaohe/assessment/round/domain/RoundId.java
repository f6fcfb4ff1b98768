package org.kaohe.assessment.round.domain;

import org.kaohe.events.ids.UnitCode;

/** Identifies a unit's round of one assessment year, e.g. {@code 620100-2026}. */
public final class RoundId {
  private RoundId() {}

  public static String of(UnitCode unit, int year) {
    return unit.value() + "-" + year;
  }
}

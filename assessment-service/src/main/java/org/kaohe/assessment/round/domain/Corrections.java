package org.kaohe.assessment.round.domain;

import java.math.BigDecimal;

/**
 * When a new value may replace a recorded one. A submission that does not name the value it
 * replaces may only fill an empty score, or correct one when it gives a reason; one that names it
 * must name the current value (anything else means someone changed it meanwhile) and give a reason.
 * So concurrent agencies never overwrite each other's scores unknowingly.
 */
final class Corrections {
  private Corrections() {}

  static void check(ScoreKey key, CurrentScore current, BigDecimal replaces, String reason) {
    boolean hasReason = reason != null && !reason.isBlank();
    if (replaces != null) {
      if (current == null) {
        throw new InputConflict(
            key.describe() + " has no recorded score, so there is nothing to replace", null);
      }
      if (current.value().compareTo(replaces) != 0) {
        throw new InputConflict(
            key.describe()
                + " is now "
                + plain(current.value())
                + " (recorded by "
                + current.agency()
                + " at "
                + current.recordedAt()
                + "), not "
                + plain(replaces),
            current);
      }
      if (!hasReason) {
        throw new CorrectionWithoutReason(key);
      }
      return;
    }
    if (current != null && !hasReason) {
      throw new InputConflict(
          key.describe()
              + " already has the score "
              + plain(current.value())
              + " (recorded by "
              + current.agency()
              + " at "
              + current.recordedAt()
              + "); to correct it, name the value it replaces and give a reason",
          current);
    }
  }

  /** E.g. {@code 80} for 80.0, as the value was meant. */
  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}

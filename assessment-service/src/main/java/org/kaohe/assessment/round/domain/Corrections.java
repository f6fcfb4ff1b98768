package org.kaohe.assessment.round.domain;

import java.math.BigDecimal;

/**
 * When a new value may replace a recorded one. A submission that does not name the value it
 * replaces may only fill an empty score, whatever reason it gives; one that names it must name the
 * current value (anything else means someone changed it meanwhile) and give a reason. So neither
 * concurrent agencies nor two agencies responsible for one indicator overwrite a score they have
 * not seen.
 */
final class Corrections {
  private Corrections() {}

  static void check(ScoreKey key, CurrentScore current, BigDecimal replaces, String reason) {
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
      if (reason == null || reason.isBlank()) {
        throw new CorrectionWithoutReason(key);
      }
      return;
    }
    if (current != null) {
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

package org.kaohe.assessment.round.query;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a round stands against its deadline, for flagging what is still missing: open, due soon
 * (within the warning period before the deadline), or overdue (past it, unless reopened).
 */
enum DeadlineStatus {
  OPEN,
  DUE_SOON,
  OVERDUE;

  static DeadlineStatus of(Instant now, Instant closesAt, Instant reopenedUntil, Duration warning) {
    Instant end =
        reopenedUntil != null && reopenedUntil.isAfter(closesAt) ? reopenedUntil : closesAt;
    if (!now.isBefore(end)) {
      return OVERDUE;
    }
    return now.plus(warning).isBefore(end) ? OPEN : DUE_SOON;
  }
}

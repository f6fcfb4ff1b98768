package org.kaohe.tools.launcher;

import java.time.Duration;
import java.util.Locale;

final class Durations {

  private Durations() {}

  /** "90 s", "1.5 s", "250 ms": for people, not for parsing. */
  static String human(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}

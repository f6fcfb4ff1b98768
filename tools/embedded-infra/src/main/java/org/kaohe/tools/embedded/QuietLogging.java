package org.kaohe.tools.embedded;

import java.util.List;
import org.slf4j.LoggerFactory;

/** Keeps the embedded servers' INFO chatter out of the caller's console. */
final class QuietLogging {

  static final List<String> NOISY_LOGGERS =
      List.of("kafka", "state.change.logger", "org.apache.kafka", "de.bwaldvogel", "org.h2");

  private QuietLogging() {}

  static void apply() {
    if (LoggerFactory.getILoggerFactory()
        .getClass()
        .getName()
        .equals("ch.qos.logback.classic.LoggerContext")) {
      LogbackLevels.warnUnlessConfigured(NOISY_LOGGERS);
    }
  }
}

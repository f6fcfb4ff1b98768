package org.kaohe.tools.embedded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Only loaded when Logback is present, so Logback stays an optional dependency. */
final class LogbackLevels {

  private LogbackLevels() {}

  static synchronized void warnUnlessConfigured(List<String> loggerNames) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    boolean alreadyRegistered =
        context.getCopyOfListenerList().stream().anyMatch(ReapplyAfterReset.class::isInstance);
    if (!alreadyRegistered) {
      // Spring Boot resets Logback when an application context starts, which would drop the levels.
      context.addListener(new ReapplyAfterReset(loggerNames));
    }
    apply(context, loggerNames);
  }

  private static void apply(LoggerContext context, List<String> loggerNames) {
    for (String name : loggerNames) {
      ch.qos.logback.classic.Logger logger = context.getLogger(name);
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARN);
      }
    }
  }

  private record ReapplyAfterReset(List<String> loggerNames) implements LoggerContextListener {

    @Override
    public boolean isResetResistant() {
      return true;
    }

    @Override
    public void onReset(LoggerContext context) {
      apply(context, loggerNames);
    }

    @Override
    public void onStart(LoggerContext context) {}

    @Override
    public void onStop(LoggerContext context) {}

    @Override
    public void onLevelChange(ch.qos.logback.classic.Logger logger, Level level) {}
  }
}

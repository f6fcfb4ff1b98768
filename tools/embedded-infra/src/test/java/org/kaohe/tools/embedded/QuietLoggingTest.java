package org.kaohe.tools.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class QuietLoggingTest {

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

  @AfterEach
  void restoreTestLogging() throws Exception {
    context.reset();
    new ContextInitializer(context).autoConfig();
  }

  @Test
  void embeddedServerLoggersAreQuietenedToWarn() {
    context.reset();

    QuietLogging.apply();

    for (String name : QuietLogging.NOISY_LOGGERS) {
      assertThat(context.getLogger(name).getLevel()).as(name).isEqualTo(Level.WARN);
    }
  }

  @Test
  void loggersStayQuietWhenLogbackIsReset() {
    QuietLogging.apply();

    context.reset();

    assertThat(context.getLogger("kafka").getLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("state.change.logger").getLevel()).isEqualTo(Level.WARN);
  }

  @Test
  void levelTheCallerChoseIsKept() {
    context.reset();
    context.getLogger("org.apache.kafka").setLevel(Level.INFO);

    QuietLogging.apply();

    assertThat(context.getLogger("org.apache.kafka").getLevel()).isEqualTo(Level.INFO);
  }
}

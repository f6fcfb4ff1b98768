package org.kaohe.platform.eventstore.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;

/** A service's clock, and the events it stamps. */
public final class ServiceClock {
  private ServiceClock() {}

  /**
   * The system clock, or one that runs from {@code start} when it is set: a rehearsal or a test of
   * a past or future round sees the calendar as it would then.
   *
   * @param start an ISO-8601 instant, or blank for the system clock
   */
  public static Clock startingAt(String start) {
    Clock system = Clock.systemUTC();
    if (start.isBlank()) {
      return system;
    }
    return Clock.offset(system, Duration.between(system.instant(), Instant.parse(start)));
  }

  /** Event timestamps come from the same clock as everything else, so tests can fix time. */
  public static ConfigurerModule stampingEventsWith(Clock clock) {
    return configurer -> GenericEventMessage.clock = clock;
  }
}

package org.kaohe.platform.eventstore;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * The clock Axon stamps event messages with, looked up at each use, since an application may set it
 * after the store is built (to run its clock from another instant). A gap's age is the time since
 * the event after it was stamped, so it must be read on this clock: on any other, an offset clock
 * makes every gap look either long past its timeout or never reaching it.
 */
final class EventMessageClock extends Clock {

  @Override
  public ZoneId getZone() {
    return GenericEventMessage.clock.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return GenericEventMessage.clock.withZone(zone);
  }

  @Override
  public Instant instant() {
    return GenericEventMessage.clock.instant();
  }
}

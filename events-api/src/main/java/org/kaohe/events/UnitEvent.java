package org.kaohe.events;

import org.kaohe.events.ids.UnitCode;

/**
 * An event about one unit. Its unit code is the Kafka key, so each unit's events stay in order on
 * one partition, and the CloudEvents {@code subject}.
 */
public interface UnitEvent {
  UnitCode unitCode();
}

package org.kaohe.platform.kafka;

import org.kaohe.events.cloudevents.CloudEvent;

/**
 * Stores the effect of one consumed event. It must be idempotent: after a crash the same event is
 * delivered again, and a second delivery must have no second effect. Throwing makes the consumer
 * retry the same event.
 */
@FunctionalInterface
public interface CloudEventHandler {
  void handle(CloudEvent event) throws Exception;
}

package org.kaohe.platform.kafka;

/**
 * Stores the effect of one consumed event. It must be idempotent: after a crash the same event is
 * delivered again, and a second delivery must have no second effect. Throwing makes the consumer
 * retry the same event, except {@link PoisonRecordException}, which parks it for good.
 */
@FunctionalInterface
public interface CloudEventHandler {
  void handle(TypedCloudEvent event);
}

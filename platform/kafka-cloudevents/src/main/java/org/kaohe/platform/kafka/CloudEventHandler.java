package org.kaohe.platform.kafka;

import java.util.List;

/**
 * Stores the effect of consumed events. It must be idempotent: after a crash the same events are
 * delivered again, and a second delivery must have no second effect. Throwing makes the consumer
 * retry, except {@link PoisonRecordException}, which parks the event for good.
 */
@FunctionalInterface
public interface CloudEventHandler {
  void handle(TypedCloudEvent event);

  /**
   * The events of one poll that could be decoded, in the order of their partitions. By default each
   * is handled in turn; a handler may instead store their effects together, as long as what it
   * stores once they are all handled is what handling them one by one would have stored.
   *
   * @throws FailedEvent naming the event that failed, whose predecessors' effects are stored; any
   *     other exception means none of the events' effects may be counted as stored
   */
  default void handleAll(List<TypedCloudEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      try {
        handle(events.get(i));
      } catch (RuntimeException failure) {
        throw new FailedEvent(i, failure);
      }
    }
  }

  /** The event at {@code index} of a {@link #handleAll} call failed; those before it are stored. */
  final class FailedEvent extends RuntimeException {
    private final int index;

    public FailedEvent(int index, RuntimeException cause) {
      super(cause.getMessage(), cause);
      this.index = index;
    }

    public int index() {
      return index;
    }
  }
}

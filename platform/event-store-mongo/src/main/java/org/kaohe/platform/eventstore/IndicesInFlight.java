package org.kaohe.platform.eventstore;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The global indices this engine has handed to commits still being written: from allocation until
 * the commit is stored, or taken back and its indices given up.
 */
final class IndicesInFlight {
  private final ConcurrentSkipListMap<Long, Long> lastByFirst = new ConcurrentSkipListMap<>();

  void add(long first, long last) {
    lastByFirst.put(first, last);
  }

  void remove(long first) {
    lastByFirst.remove(first);
  }

  /** The first index in flight at or after {@code index}; {@code Long.MAX_VALUE} if none. */
  long firstFrom(long index) {
    Map.Entry<Long, Long> covering = lastByFirst.floorEntry(index);
    if (covering != null && covering.getValue() >= index) {
      return index;
    }
    Long next = lastByFirst.ceilingKey(index);
    return next == null ? Long.MAX_VALUE : next;
  }
}

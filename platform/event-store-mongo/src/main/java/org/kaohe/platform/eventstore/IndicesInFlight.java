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

  boolean contains(long index) {
    Map.Entry<Long, Long> range = lastByFirst.floorEntry(index);
    return range != null && range.getValue() >= index;
  }
}

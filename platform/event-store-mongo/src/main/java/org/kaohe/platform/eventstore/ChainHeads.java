package org.kaohe.platform.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash of the latest event this process stored per aggregate, so that appending to a busy
 * aggregate needs no read of its previous event. An entry names its sequence: it is used only for
 * the very next sequence, so a stale entry (another process appended since) is never trusted — that
 * append would conflict on the unique index anyway.
 */
final class ChainHeads {
  private final Map<String, Head> heads;

  record Head(long sequence, String hash) {}

  ChainHeads(int capacity) {
    this.heads =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized String hashBefore(String aggregate, long sequence) {
    Head head = heads.get(aggregate);
    return head != null && head.sequence() == sequence - 1 ? head.hash() : null;
  }

  synchronized void stored(String aggregate, long sequence, String hash) {
    heads.put(aggregate, new Head(sequence, hash));
  }
}

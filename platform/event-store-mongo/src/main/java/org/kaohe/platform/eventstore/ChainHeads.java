package org.kaohe.platform.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash and global index of the latest event this process stored per aggregate, so that
 * appending to a busy aggregate needs no read of its previous event. An entry names its sequence:
 * it is used only for the very next sequence, so a stale entry (another process appended since) is
 * never trusted — that append would conflict on the unique index anyway.
 */
final class ChainHeads {
  private final Map<String, Latest> heads;

  record Head(long sequence, String hash) {}

  /** What an aggregate's next event follows: the stored event before it. */
  record Predecessor(String hash, long globalIndex) {
    /** Before an aggregate's first event. */
    static final Predecessor NONE = new Predecessor(CanonicalEvent.GENESIS, 0);
  }

  private record Latest(long sequence, Predecessor predecessor) {}

  ChainHeads(int capacity) {
    this.heads =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Latest> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized Predecessor before(String aggregate, long sequence) {
    Latest latest = heads.get(aggregate);
    return latest != null && latest.sequence() == sequence - 1 ? latest.predecessor() : null;
  }

  synchronized void stored(String aggregate, long sequence, String hash, long globalIndex) {
    heads.put(aggregate, new Latest(sequence, new Predecessor(hash, globalIndex)));
  }
}

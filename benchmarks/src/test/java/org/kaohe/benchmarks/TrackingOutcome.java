package org.kaohe.benchmarks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a tracker saw of the events writers committed: each seen event's id and its position in the
 * engine's own order (global index for ours, timestamp for Axon's extension, which orders by it).
 */
record TrackingOutcome(Set<String> committed, List<Seen> seen) {
  record Seen(String eventId, long orderKey) {}

  long skipped() {
    Set<String> seenIds = seenIds();
    return committed.stream().filter(id -> !seenIds.contains(id)).count();
  }

  long duplicates() {
    return seen.size() - seenIds().size();
  }

  /** Events delivered after one that comes later in the engine's order. */
  long outOfOrder() {
    long count = 0;
    long highest = Long.MIN_VALUE;
    for (Seen event : seen) {
      if (event.orderKey() < highest) {
        count++;
      }
      highest = Math.max(highest, event.orderKey());
    }
    return count;
  }

  /** Every delivery is a committed event seen once or again; nothing came from nowhere. */
  boolean countsAddUp() {
    return seen.size() == committed.size() - skipped() + duplicates()
        && committed.containsAll(seenIds());
  }

  Counts counts() {
    return new Counts(committed.size(), seen.size(), skipped(), duplicates(), outOfOrder());
  }

  private Set<String> seenIds() {
    Set<String> ids = new HashSet<>();
    seen.forEach(event -> ids.add(event.eventId()));
    return ids;
  }
}

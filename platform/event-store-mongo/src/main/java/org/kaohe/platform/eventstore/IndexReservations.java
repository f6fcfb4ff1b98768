package org.kaohe.platform.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out global indices from the counter. While commits follow each other closely — within
 * {@code hold} — it takes more indices than asked for (room for four more commits of the size asked
 * for, at least {@code minimumReserve} at first and twice as many each time commits keep coming, at
 * most {@value #MAXIMUM_RESERVE}) and serves the next commits from them, so that most commits make
 * one round trip to the store instead of two. Taking a reserve holds up every thread appending
 * through this engine for two round trips (the counter, the record of the reserve): at eight busy
 * writers a fixed reserve of 64 did that hundreds of times a second.
 *
 * <p>A reserve is recorded ({@link AbandonedIndices#reserve}) before any of it is used, so that the
 * verifier does not take its unused indices for deleted events. Once commits stop for {@code hold},
 * or when a commit does not fit, the unused rest is given up in one update, and trackers in other
 * processes that wait for those indices pass over them at once. {@code hold} is far below the
 * trackers' gap timeout, so a reserved index is never used after a tracker passed over it.
 */
final class IndexReservations {
  /**
   * Below the trackers' look-ahead by index, so a given-up reserve never costs them a range read.
   */
  static final int MAXIMUM_RESERVE = 1_024;

  private static final Duration PENDING_GIVE_UPS_WAIT = Duration.ofSeconds(5);

  private static final AtomicLong WRITERS = new AtomicLong();
  private static final ScheduledExecutorService RELEASER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "kaohe-index-reservations");
            thread.setDaemon(true);
            return thread;
          });

  private final GlobalIndexCounter counter;
  private final AbandonedIndices abandoned;
  private final int minimumReserve;
  private final long holdNanos;
  private final long maxAgeNanos;
  private final Clock clock;
  private final String writer = ProcessHandle.current().pid() + "/" + WRITERS.incrementAndGet();
  private int nextReserve;
  private long lastAllocation;
  private boolean anyAllocation;
  private Reserve reserve;
  private boolean watching;

  IndexReservations(
      GlobalIndexCounter counter,
      AbandonedIndices abandoned,
      int minimumReserve,
      Duration hold,
      Duration maxAge,
      Clock clock) {
    this.counter = counter;
    this.abandoned = abandoned;
    this.minimumReserve = minimumReserve;
    this.nextReserve = minimumReserve;
    this.holdNanos = hold.toNanos();
    this.maxAgeNanos = maxAge.toNanos();
    this.clock = clock;
  }

  /**
   * Reserves {@code count} consecutive indices above {@code follows} and returns the first. The
   * reserve may be older than the events the commit follows (another process stored them since):
   * then the counter, which handed those out, gives indices above them.
   */
  synchronized long allocate(int count, long follows) {
    long now = System.nanoTime();
    boolean followsClosely = anyAllocation && now - lastAllocation <= holdNanos;
    anyAllocation = true;
    lastAllocation = now;
    if (isInUse(reserve, now) && reserve.remaining() >= count && reserve.next > follows) {
      return reserve.take(count);
    }
    // Not in this commit's way: only trackers elsewhere wait for it, a moment longer.
    Reserve unused = takeReserve();
    if (unused != null) {
      RELEASER.execute(() -> giveUp(unused));
    }
    if (!followsClosely || minimumReserve == 0) {
      nextReserve = minimumReserve;
      return counter.allocate(count);
    }
    int spare = Math.min(MAXIMUM_RESERVE, Math.max(nextReserve, 4 * count));
    nextReserve = Math.min(MAXIMUM_RESERVE, 2 * nextReserve);
    long first = counter.allocate(count + spare);
    keepInReserve(first + count, first + count + spare - 1, now);
    return first;
  }

  private void keepInReserve(long first, long last, long takenAt) {
    try {
      abandoned.reserve(first, last, writer, clock.instant());
      reserve = new Reserve(first, last, takenAt);
      watchForIdle();
    } catch (RuntimeException unrecorded) {
      // Unrecorded, the reserve must not be used; try to tell trackers not to wait for it.
      try {
        abandoned.abandon(first, last);
      } catch (RuntimeException unreachable) {
        // Trackers pass over these indices after the gap timeout.
      }
    }
  }

  /** One check at a time watches for the commits to stop, whichever reserve is current. */
  private void watchForIdle() {
    if (!watching) {
      watching = true;
      RELEASER.schedule(this::giveUpIfIdle, holdNanos, TimeUnit.NANOSECONDS);
    }
  }

  private void giveUpIfIdle() {
    Reserve unused;
    synchronized (this) {
      long idle = System.nanoTime() - lastAllocation;
      if (reserve != null && idle < holdNanos) {
        RELEASER.schedule(this::giveUpIfIdle, holdNanos - idle, TimeUnit.NANOSECONDS);
        return;
      }
      watching = false;
      unused = takeReserve();
    }
    if (unused != null) {
      giveUp(unused);
    }
  }

  /**
   * Gives up the unused rest of the reserve, if any, and waits (bounded) for earlier reserves still
   * being given up in the background, so that after a shutdown no range is left for trackers to
   * wait out. On failure trackers wait the gap timeout.
   */
  void giveUpReserve() {
    Reserve unused = takeReserve();
    if (unused != null) {
      giveUp(unused);
    }
    try {
      // One thread, due tasks in order: this runs after every give-up handed to it before.
      RELEASER.submit(() -> {}).get(PENDING_GIVE_UPS_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException notWaitedFor) {
      // Trackers pass over what is still reserved after the gap timeout.
    }
  }

  /**
   * The first index of the reserve at or after {@code index} not handed out yet, while the reserve
   * is in use; {@code Long.MAX_VALUE} if none.
   */
  synchronized long firstUnusedFrom(long index) {
    if (!isInUse(reserve, System.nanoTime()) || reserve.last < index || reserve.remaining() == 0) {
      return Long.MAX_VALUE;
    }
    return Math.max(reserve.next, index);
  }

  /** A reserve is used only while it is younger than {@code maxAge}. */
  private boolean isInUse(Reserve candidate, long now) {
    return candidate != null && now - candidate.takenAt <= maxAgeNanos;
  }

  private synchronized Reserve takeReserve() {
    Reserve taken = reserve;
    reserve = null;
    return taken;
  }

  private void giveUp(Reserve unused) {
    try {
      abandoned.giveUp(unused.first, unused.next);
    } catch (RuntimeException unreachable) {
      // The range stays recorded as reserved: the verifier counts it as explained, and trackers
      // pass over it after the gap timeout.
    }
  }

  private static final class Reserve {
    private final long first;
    private final long last;
    private final long takenAt;
    private long next;

    Reserve(long first, long last, long takenAt) {
      this.first = first;
      this.last = last;
      this.takenAt = takenAt;
      this.next = first;
    }

    long remaining() {
      return last - next + 1;
    }

    long take(int count) {
      long taken = next;
      next += count;
      return taken;
    }
  }
}

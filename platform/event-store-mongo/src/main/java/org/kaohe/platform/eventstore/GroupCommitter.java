package org.kaohe.platform.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes the sealed commits of concurrent appending threads together: whichever thread finds no
 * write in progress becomes the leader and writes every commit queued so far as one group — one
 * unordered insert of all its documents — while the others wait for their outcome. A lone writer
 * forms groups of one, so it pays nothing extra.
 *
 * <p>Up to {@link #GROUPS_IN_FLIGHT} groups are written at a time, so that the server is not idle
 * while a leader's thread takes in its answer; trackers wait for the indices of a group still in
 * flight exactly as for any other writer's.
 *
 * <p>Each commit stays all-or-nothing on its own: a write error is mapped back, by document
 * position, to the commit it belongs to, and only that commit is taken back (see {@link
 * CommitWriter}); the other commits of the group are stored.
 */
final class GroupCommitter {
  static final int GROUPS_IN_FLIGHT = 2;
  private final CommitWriter writer;
  private List<PreparedCommit> queue = new ArrayList<>();
  private int writing;

  GroupCommitter(CommitWriter writer) {
    this.writer = writer;
  }

  /** Returns once {@code commit} is stored or has failed; see {@link PreparedCommit#failure()}. */
  void commit(PreparedCommit commit) {
    synchronized (this) {
      queue.add(commit);
    }
    boolean interrupted = false;
    List<PreparedCommit> group;
    while ((group = leadOrNull(commit)) == null && !isDone(commit)) {
      // Woken by the leader that wrote this commit, or when a group slot frees for it to lead.
      LockSupport.park(this);
      // The commit may already be on its way to the store: its outcome must still be waited for.
      interrupted |= Thread.interrupted();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (group != null) {
      write(group);
    }
  }

  private void write(List<PreparedCommit> group) {
    PreparedCommit nextLeader = null;
    try {
      writer.write(group);
    } finally {
      synchronized (this) {
        group.forEach(PreparedCommit::markDone);
        writing--;
        nextLeader = queue.isEmpty() ? null : queue.get(0);
      }
      // Waking only the threads concerned keeps a busy engine from waking every waiter each time.
      group.forEach(commit -> LockSupport.unpark(commit.owner()));
      if (nextLeader != null) {
        LockSupport.unpark(nextLeader.owner());
      }
    }
  }

  /** The group to write when this thread may lead now, else null. */
  private synchronized List<PreparedCommit> leadOrNull(PreparedCommit commit) {
    if (commit.isDone() || commit.isTaken() || writing >= GROUPS_IN_FLIGHT) {
      return null;
    }
    writing++;
    List<PreparedCommit> group = queue;
    queue = new ArrayList<>();
    group.forEach(PreparedCommit::take);
    return group;
  }

  private synchronized boolean isDone(PreparedCommit commit) {
    return commit.isDone();
  }
}

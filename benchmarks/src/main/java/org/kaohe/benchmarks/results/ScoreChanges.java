package org.kaohe.benchmarks.results;

import java.util.List;
import org.kaohe.benchmarks.load.ScoreSlot;

/**
 * Score changes cycling over every score one agency may submit: the first pass records each score,
 * every later pass corrects it to another value, naming the value it replaces. A slot whose change
 * is still unanswered when its turn comes again is passed over, and one whose change failed is
 * never used again, since its recorded value is then unknown.
 */
final class ScoreChanges {
  static final String REASON = "load driver correction";

  /** A change to send: its slot's index and the body of {@code POST /api/assessment/scores}. */
  record Change(int slot, String unitCode, String body) {}

  private final List<ScoreSlot> slots;
  private final String[] recorded;
  private final boolean[] busy;
  private final boolean[] failed;
  private final int[] changes;
  private int next;

  ScoreChanges(List<ScoreSlot> slots) {
    if (slots.isEmpty()) {
      throw new IllegalArgumentException("no score to change");
    }
    this.slots = List.copyOf(slots);
    this.recorded = new String[slots.size()];
    this.busy = new boolean[slots.size()];
    this.failed = new boolean[slots.size()];
    this.changes = new int[slots.size()];
  }

  int size() {
    return slots.size();
  }

  /** The next change, or null when every slot is busy or failed. */
  synchronized Change next() {
    for (int tried = 0; tried < slots.size(); tried++) {
      int slot = next;
      next = (next + 1) % slots.size();
      if (busy[slot] || failed[slot]) {
        continue;
      }
      busy[slot] = true;
      ScoreSlot score = slots.get(slot);
      String value = value(slot, changes[slot]);
      String body =
          recorded[slot] == null
              ? score.json(value)
              : score.correctionJson(value, recorded[slot], REASON);
      return new Change(slot, score.unitCode(), body);
    }
    return null;
  }

  /** The change was answered 201: the slot now holds its value. */
  synchronized void recorded(int slot) {
    recorded[slot] = value(slot, changes[slot]);
    changes[slot]++;
    busy[slot] = false;
  }

  synchronized void failed(int slot) {
    failed[slot] = true;
    busy[slot] = false;
  }

  /**
   * From 50 to 99.5 in halves, valid on every shipped scale, and never the value the slot held
   * before.
   */
  private static String value(int slot, int change) {
    return String.valueOf(50 + ((slot + change) % 100) * 0.5);
  }
}

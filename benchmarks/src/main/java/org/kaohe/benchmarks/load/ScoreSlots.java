package org.kaohe.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.kaohe.platform.reference.ReferenceData;

/**
 * Every score one agency may submit for the units of a year (each half-year period of a half-year
 * indicator is a score of its own), handed out once each: scores taken from here never conflict.
 */
final class ScoreSlots {
  private final List<String> jsonItems;
  private final AtomicInteger next = new AtomicInteger();

  private ScoreSlots(List<String> jsonItems) {
    this.jsonItems = jsonItems;
  }

  static ScoreSlots of(ReferenceData reference, String agency, int year) {
    List<ScoreSlot> slots = ScoreSlot.all(reference, agency, year);
    List<String> items = new ArrayList<>();
    for (int n = 0; n < slots.size(); n++) {
      // Values from 50 to 99.5 in halves: valid on every shipped scale (0 to 100, 1 or 2 decimals).
      items.add(slots.get(n).json(String.valueOf(50 + (n % 100) * 0.5)));
    }
    return new ScoreSlots(items);
  }

  int remaining() {
    return jsonItems.size() - next.get();
  }

  /** The next unused score as the JSON body of {@code POST /api/assessment/scores}. */
  String take() {
    int index = next.getAndIncrement();
    if (index >= jsonItems.size()) {
      throw new IllegalStateException("all " + jsonItems.size() + " distinct scores are used");
    }
    return jsonItems.get(index);
  }

  /** The next {@code count} unused scores as the JSON array of the batch endpoint. */
  String takeBatch(int count) {
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      String item = take();
      batch.append(i == 0 ? "" : ",").append("{\"itemId\":\"item-").append(i).append("\",");
      batch.append(item, 1, item.length());
    }
    return batch.append(']').toString();
  }
}

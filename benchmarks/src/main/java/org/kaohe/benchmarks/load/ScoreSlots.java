package org.kaohe.benchmarks.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.Subject;

/**
 * Every score one agency may submit for the units of a year (each half-year period of a half-year
 * indicator is a score of its own), handed out once each: scores taken from here never conflict.
 */
final class ScoreSlots {
  private static final List<String> ANNUAL = Collections.singletonList(null);
  private final List<String> jsonItems;
  private final AtomicInteger next = new AtomicInteger();

  private ScoreSlots(List<String> jsonItems) {
    this.jsonItems = jsonItems;
  }

  static ScoreSlots of(ReferenceData reference, String agency, int year) {
    AgencyCode submitter = new AgencyCode(agency);
    List<Indicator> indicators =
        reference.catalogue(year).orElseThrow().indicators().stream()
            .filter(i -> i.maySubmit(submitter) && i.isScoredFor(Subject.UNITS))
            .toList();
    List<String> items = new ArrayList<>();
    for (AssessedUnit unit : reference.units()) {
      for (Indicator indicator : indicators) {
        if (!indicator.isApplicableTo(unit)) {
          continue;
        }
        List<String> periods = indicator.periodicity().periods();
        for (String period : periods.isEmpty() ? ANNUAL : periods) {
          items.add(
              item(unit.code().value(), year, indicator.code().value(), period, items.size()));
        }
      }
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

  // Values from 50 to 99.5 in halves: valid on every shipped scale (0 to 100, 1 or 2 decimals).
  private static String item(String unit, int year, String indicator, String period, int n) {
    String value = String.valueOf(50 + (n % 100) * 0.5);
    return "{\"unitCode\":\""
        + unit
        + "\",\"year\":"
        + year
        + ",\"indicatorCode\":\""
        + indicator
        + "\""
        + (period == null ? "" : ",\"period\":\"" + period + "\"")
        + ",\"value\":"
        + value
        + "}";
  }
}

package org.kaohe.platform.reference;

import java.util.List;

/** A group of a year's catalogue, e.g. high-quality development or the party-building report. */
public record IndicatorGroup(
    String code, String name, String englishName, List<Indicator> indicators) {

  public IndicatorGroup {
    indicators = List.copyOf(indicators);
  }
}

package org.kaohe.platform.reference;

import java.util.List;
import java.util.Optional;

/** The indicators of one assessment year, in their groups, and when its round takes submissions. */
public record IndicatorCatalogue(int year, RoundCalendar calendar, List<IndicatorGroup> groups) {

  public IndicatorCatalogue {
    groups = List.copyOf(groups);
  }

  public List<Indicator> indicators() {
    return groups.stream().flatMap(group -> group.indicators().stream()).toList();
  }

  public Optional<Indicator> indicator(String code) {
    return indicators().stream().filter(i -> i.code().value().equals(code)).findFirst();
  }
}

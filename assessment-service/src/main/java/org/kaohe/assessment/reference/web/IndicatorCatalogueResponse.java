package org.kaohe.assessment.reference.web;

import java.util.List;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.IndicatorCatalogue;
import org.kaohe.platform.reference.IndicatorGroup;
import org.kaohe.platform.reference.Scale;

/** A year's catalogue as the API shows it: kinds of unit as written in the catalogue file. */
record IndicatorCatalogueResponse(int year, Calendar calendar, List<Group> groups) {

  record Calendar(String opens, String deadline, String closesAt) {}

  record Group(String code, String name, String englishName, List<Item> indicators) {}

  record Item(
      String code,
      String name,
      String englishName,
      Scale scale,
      List<String> appliesTo,
      String responsibleAgency,
      List<String> additionalAgencies,
      List<String> assessed,
      String period) {}

  static IndicatorCatalogueResponse of(IndicatorCatalogue catalogue) {
    return new IndicatorCatalogueResponse(
        catalogue.year(),
        new Calendar(
            catalogue.calendar().opens().toString(),
            catalogue.calendar().deadline().toString(),
            catalogue.calendar().closesAt().toString()),
        catalogue.groups().stream().map(IndicatorCatalogueResponse::group).toList());
  }

  private static Group group(IndicatorGroup group) {
    return new Group(
        group.code(),
        group.name(),
        group.englishName(),
        group.indicators().stream().map(IndicatorCatalogueResponse::item).toList());
  }

  private static Item item(Indicator indicator) {
    return new Item(
        indicator.code().value(),
        indicator.name(),
        indicator.englishName(),
        indicator.scale(),
        indicator.appliesToLabels(),
        indicator.responsibleAgency().value(),
        indicator.additionalAgencies().stream().map(code -> code.value()).toList(),
        indicator.subjects().stream().map(Enum::name).sorted().toList(),
        indicator.periodicity().label());
  }
}

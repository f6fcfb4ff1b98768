package org.kaohe.platform.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The five categories of leadership groups and the types each is split into, which get different
 * indicators and weights. Counties have a single type and so none is named.
 */
public enum UnitCategory {
  CITY("ECONOMIC", "RURAL_REVITALIZATION", "ETHNIC"),
  COUNTY(),
  DEPARTMENT(
      "PARTY_GOVERNMENT", "ECONOMIC", "SOCIAL_DEVELOPMENT", "LAW_ENFORCEMENT_SUPERVISION", "OTHER"),
  INSTITUTION("UNIVERSITY", "RESEARCH_INSTITUTE", "OTHER"),
  ENTERPRISE("INDUSTRIAL_COMMERCIAL", "FINANCIAL", "CULTURAL");

  private final List<String> types;

  UnitCategory(String... types) {
    this.types = List.of(types);
  }

  public List<String> types() {
    return types;
  }

  public boolean hasTypes() {
    return !types.isEmpty();
  }

  /** Why {@code type} is not one of this category's types, or empty when it is. */
  Optional<String> typeProblem(String type) {
    if (!hasTypes()) {
      return Optional.of("units of category " + this + " have no type, found '" + type + "'");
    }
    if (!types.contains(type)) {
      return Optional.of(
          "type must be one of "
              + String.join(", ", types)
              + " for category "
              + this
              + ", found '"
              + type
              + "'");
    }
    return Optional.empty();
  }

  public static Optional<UnitCategory> named(String name) {
    return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
  }

  /** Every category's name, for messages: {@code CITY, COUNTY, ...}. */
  public static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}

package org.kaohe.platform.reference;

import org.kaohe.events.ids.UnitCode;

/**
 * A leadership group that is assessed. {@code type} is null for a county (its category has one
 * type); {@code englishName} is empty where the reference data gives none; {@code surveyed} units
 * are also rated in the yearly public-opinion survey.
 */
public record AssessedUnit(
    UnitCode code,
    String name,
    String englishName,
    UnitCategory category,
    String type,
    UnitCode parentCode,
    boolean surveyed) {

  /**
   * Its category and type as indicators name them, e.g. {@code CITY/ECONOMIC} or {@code COUNTY}.
   */
  public String kind() {
    return type == null ? category.name() : category + "/" + type;
  }
}

package org.kaohe.platform.reference;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Optional;

/**
 * The units an indicator applies to: a whole category ({@code CITY}, type null) or one type of it
 * ({@code CITY/ECONOMIC}).
 */
public record UnitKind(UnitCategory category, String type) {

  /**
   * @throws IllegalArgumentException saying what is wrong with {@code text}
   */
  @JsonCreator
  public static UnitKind parse(String text) {
    int slash = text.indexOf('/');
    String categoryName = slash < 0 ? text : text.substring(0, slash);
    UnitCategory category =
        UnitCategory.named(categoryName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "'"
                            + text
                            + "' must be a category ("
                            + UnitCategory.names()
                            + ") or CATEGORY/TYPE"));
    if (slash < 0) {
      return new UnitKind(category, null);
    }
    String type = text.substring(slash + 1);
    Optional<String> problem = category.typeProblem(type);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("'" + text + "': " + problem.get());
    }
    return new UnitKind(category, type);
  }

  public boolean includes(AssessedUnit unit) {
    return unit.category() == category && (type == null || type.equals(unit.type()));
  }

  /** As written in the catalogue: {@code CITY} or {@code CITY/ECONOMIC}. */
  public String label() {
    return type == null ? category.name() : category + "/" + type;
  }
}

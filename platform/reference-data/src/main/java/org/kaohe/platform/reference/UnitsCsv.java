package org.kaohe.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaohe.events.ids.UnitCode;

/**
 * Reads the units reference file: {@code
 * code,name,english_name,category,type,parent_code,surveyed}. Every unit needs a unique code, a
 * name, a known category and, except for counties, one of the category's types; a county's parent
 * must be a city of the same file; {@code surveyed} is {@code true} or {@code false}.
 */
public final class UnitsCsv {
  public static final String HEADER = "code,name,english_name,category,type,parent_code,surveyed";

  private UnitsCsv() {}

  /**
   * @throws InvalidReferenceFile listing every bad line
   */
  public static List<AssessedUnit> read(InputStream in, String origin) throws IOException {
    FileProblems problems = new FileProblems(origin);
    List<AssessedUnit> units = new ArrayList<>();
    Map<String, Integer> lineOfCode = new HashMap<>();
    Map<AssessedUnit, Integer> lineOfCounty = new HashMap<>();
    for (CsvFile.Line line : CsvFile.read(in, HEADER, problems)) {
      Optional<AssessedUnit> parsed = parse(line, problems);
      if (parsed.isEmpty()) {
        continue;
      }
      AssessedUnit unit = parsed.get();
      Integer earlier = lineOfCode.putIfAbsent(unit.code().value(), line.number());
      if (earlier != null) {
        problems.at(line.number(), "unit code " + unit.code() + " is already on line " + earlier);
        continue;
      }
      units.add(unit);
      if (unit.category() == UnitCategory.COUNTY) {
        lineOfCounty.put(unit, line.number());
      }
    }
    Set<UnitCode> cities =
        units.stream()
            .filter(unit -> unit.category() == UnitCategory.CITY)
            .map(AssessedUnit::code)
            .collect(Collectors.toSet());
    lineOfCounty.forEach(
        (county, line) -> {
          if (!cities.contains(county.parentCode())) {
            problems.at(
                line,
                "parent_code "
                    + county.parentCode()
                    + " of county "
                    + county.code()
                    + " is not a city of this file");
          }
        });
    if (units.isEmpty() && !problems.any()) {
      problems.inFile("the file lists no units");
    }
    problems.throwIfAny();
    return List.copyOf(units);
  }

  private static Optional<AssessedUnit> parse(CsvFile.Line line, FileProblems problems) {
    List<String> fields = line.fields();
    if (fields.size() != 7) {
      problems.at(line.number(), "expected 7 fields (" + HEADER + "), found " + fields.size());
      return Optional.empty();
    }
    int before = problems.count();
    UnitCode code = code(fields.get(0), "code", line, problems);
    if (fields.get(1).isEmpty()) {
      problems.at(line.number(), "name is empty");
    }
    Optional<UnitCategory> category = UnitCategory.named(fields.get(3));
    if (category.isEmpty()) {
      problems.at(
          line.number(),
          "category must be one of " + UnitCategory.names() + ", found '" + fields.get(3) + "'");
    }
    String type = fields.get(4).isEmpty() ? null : fields.get(4);
    category.flatMap(c -> typeProblem(c, type)).ifPresent(p -> problems.at(line.number(), p));
    UnitCode parent = code(fields.get(5), "parent_code", line, problems);
    String surveyed = fields.get(6);
    if (!surveyed.equals("true") && !surveyed.equals("false")) {
      problems.at(line.number(), "surveyed must be true or false, found '" + surveyed + "'");
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new AssessedUnit(
            code,
            fields.get(1),
            fields.get(2),
            category.get(),
            type,
            parent,
            Boolean.parseBoolean(surveyed)));
  }

  private static Optional<String> typeProblem(UnitCategory category, String type) {
    if (type == null) {
      return category.hasTypes()
          ? Optional.of(
              "type is required for category "
                  + category
                  + ": one of "
                  + String.join(", ", category.types()))
          : Optional.empty();
    }
    return category.typeProblem(type);
  }

  private static UnitCode code(
      String value, String column, CsvFile.Line line, FileProblems problems) {
    try {
      return new UnitCode(value);
    } catch (IllegalArgumentException e) {
      problems.at(
          line.number(),
          column + " must be 2-32 upper-case letters, digits or '-', found '" + value + "'");
      return null;
    }
  }
}

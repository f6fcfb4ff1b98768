package org.kaohe.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the indicator catalogues file: {@code catalogues}, each with a {@code year} and {@code
 * groups} of {@code indicators} (the shipped file documents every field). Years, group codes and
 * indicator codes are unique within their catalogue; every agency named must be a known one.
 */
public final class IndicatorCatalogueYaml {
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;
  private static final Pattern GROUP_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
  private static final List<String> ROOT_FIELDS = List.of("catalogues");
  private static final List<String> CATALOGUE_FIELDS =
      List.of("year", "opens", "deadline", "groups");
  private static final List<String> GROUP_FIELDS =
      List.of("code", "name", "english_name", "scale", "indicators");
  private static final List<String> INDICATOR_FIELDS =
      List.of(
          "code",
          "name",
          "english_name",
          "scale",
          "applies_to",
          "responsible_agency",
          "additional_agencies",
          "assessed",
          "period");
  private static final List<String> SCALE_FIELDS = List.of("min", "max", "decimals");

  private final FileProblems problems;
  private final Set<String> agencies;

  private IndicatorCatalogueYaml(FileProblems problems, Set<String> agencies) {
    this.problems = problems;
    this.agencies = agencies;
  }

  /**
   * @param agencies the codes of the known agencies
   * @throws InvalidReferenceFile listing every problem with its line
   */
  public static List<IndicatorCatalogue> read(InputStream in, String origin, Set<String> agencies)
      throws IOException {
    FileProblems problems = new FileProblems(origin);
    Node root = compose(in, problems);
    List<IndicatorCatalogue> catalogues = new ArrayList<>();
    if (root == null) {
      problems.inFile("the file is empty; it must hold 'catalogues'");
    } else {
      catalogues = new IndicatorCatalogueYaml(problems, agencies).catalogues(root);
    }
    problems.throwIfAny();
    return catalogues;
  }

  private static Node compose(InputStream in, FileProblems problems) throws IOException {
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new Yaml().compose(reader);
    } catch (MarkedYAMLException e) {
      if (e.getProblemMark() == null) {
        problems.inFile("not valid YAML: " + e.getProblem());
      } else {
        problems.at(e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem());
      }
    } catch (YAMLException e) {
      problems.inFile("not valid YAML: " + e.getMessage());
    }
    problems.throwIfAny();
    return null;
  }

  private List<IndicatorCatalogue> catalogues(Node root) {
    List<IndicatorCatalogue> catalogues = new ArrayList<>();
    Map<Integer, Integer> lineOfYear = new HashMap<>();
    List<Node> nodes =
        YamlMap.of(root, "the file", ROOT_FIELDS, problems)
            .flatMap(file -> file.list("catalogues"))
            .orElse(List.of());
    for (Node node : nodes) {
      Optional<IndicatorCatalogue> catalogue = catalogue(node);
      if (catalogue.isEmpty()) {
        continue;
      }
      int line = YamlMap.lineOf(node);
      Integer earlier = lineOfYear.putIfAbsent(catalogue.get().year(), line);
      if (earlier == null) {
        catalogues.add(catalogue.get());
      } else {
        problems.at(
            line, "year " + catalogue.get().year() + " already has a catalogue on line " + earlier);
      }
    }
    return catalogues;
  }

  /** Empty when the catalogue has no usable year; a bad group is recorded as a problem. */
  private Optional<IndicatorCatalogue> catalogue(Node node) {
    Optional<YamlMap> map = YamlMap.of(node, "a catalogue", CATALOGUE_FIELDS, problems);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> year = year(map.get());
    Optional<RoundCalendar> calendar = year.map(y -> calendar(map.get(), y));
    Codes codes = new Codes();
    List<IndicatorGroup> groups = new ArrayList<>();
    for (Node group : map.get().list("groups").orElse(List.of())) {
      group(group, codes).ifPresent(groups::add);
    }
    return year.map(y -> new IndicatorCatalogue(y, calendar.orElseThrow(), groups));
  }

  /** The round's dates, each defaulting to the rule: 1 January, and 31 March of the next year. */
  private RoundCalendar calendar(YamlMap catalogue, int year) {
    RoundCalendar byDefault = RoundCalendar.byDefault(year);
    LocalDate opens = date(catalogue, "opens").orElse(byDefault.opens());
    LocalDate deadline = date(catalogue, "deadline").orElse(byDefault.deadline());
    if (!deadline.isAfter(opens)) {
      problems.at(catalogue.line(), "the deadline " + deadline + " must come after opens " + opens);
    }
    return new RoundCalendar(opens, deadline);
  }

  private Optional<LocalDate> date(YamlMap map, String field) {
    if (!map.has(field)) {
      return Optional.empty();
    }
    Optional<String> text = map.text(field);
    try {
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      problems.at(
          YamlMap.lineOf(map.node(field)),
          "'" + field + "' must be a date such as 2027-03-31, found '" + text.get() + "'");
      return Optional.empty();
    }
  }

  private Optional<Integer> year(YamlMap catalogue) {
    Optional<String> text = catalogue.text("year");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(text.get());
      if (year >= FIRST_YEAR && year <= LAST_YEAR) {
        return Optional.of(year);
      }
    } catch (NumberFormatException e) {
      // reported below, as for a year out of range
    }
    problems.at(
        YamlMap.lineOf(catalogue.node("year")),
        "'year' must be a year from "
            + FIRST_YEAR
            + " to "
            + LAST_YEAR
            + ", found '"
            + text.get()
            + "'");
    return Optional.empty();
  }

  private Optional<IndicatorGroup> group(Node node, Codes codes) {
    Optional<YamlMap> found = YamlMap.of(node, "a group", GROUP_FIELDS, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = found.get();
    int before = problems.count();
    Optional<String> code = map.text("code");
    code.ifPresent(
        c -> {
          if (!GROUP_CODE.matcher(c).matches()) {
            problems.at(
                YamlMap.lineOf(map.node("code")),
                "group code must be 2-32 upper-case letters, digits or '-', found '" + c + "'");
          } else {
            codes.claim(c, "group", YamlMap.lineOf(map.node("code")), problems);
          }
        });
    Optional<String> name = map.text("name");
    Optional<Scale> defaultScale = map.has("scale") ? scale(map.node("scale")) : Optional.empty();
    boolean defaultScaleGiven = map.has("scale");
    List<Indicator> indicators = new ArrayList<>();
    for (Node indicatorNode : map.list("indicators").orElse(List.of())) {
      indicator(indicatorNode, code.orElse(""), defaultScale, defaultScaleGiven, codes)
          .ifPresent(indicators::add);
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new IndicatorGroup(
            code.get(), name.get(), map.optionalText("english_name").orElse(""), indicators));
  }

  private Optional<Indicator> indicator(
      Node node,
      String group,
      Optional<Scale> defaultScale,
      boolean defaultScaleGiven,
      Codes codes) {
    Optional<YamlMap> found = YamlMap.of(node, "an indicator", INDICATOR_FIELDS, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = found.get();
    int before = problems.count();
    Optional<IndicatorCode> code = map.text("code").flatMap(c -> indicatorCode(c, map, codes));
    Optional<String> name = map.text("name");
    Optional<Scale> scale;
    if (map.has("scale")) {
      scale = scale(map.node("scale"));
    } else {
      scale = defaultScale;
      if (!defaultScaleGiven) {
        problems.at(map.line(), "an indicator needs 'scale' when its group gives none");
      }
    }
    List<UnitKind> appliesTo = appliesTo(map);
    Optional<AgencyCode> responsible =
        map.text("responsible_agency")
            .flatMap(a -> agency(a, YamlMap.lineOf(map.node("responsible_agency"))));
    List<AgencyCode> additional = additionalAgencies(map, responsible);
    Set<Subject> subjects = subjects(map);
    Periodicity periodicity = periodicity(map);
    if (problems.count() > before || scale.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Indicator(
            code.get(),
            name.get(),
            map.optionalText("english_name").orElse(""),
            group,
            scale.get(),
            appliesTo,
            responsible.get(),
            additional,
            subjects,
            periodicity));
  }

  /** {@code assessed: [UNITS, CADRES]}; units only when absent. */
  private Set<Subject> subjects(YamlMap map) {
    if (!map.has("assessed")) {
      return Set.of(Subject.UNITS);
    }
    Set<Subject> subjects = EnumSet.noneOf(Subject.class);
    for (Node item : map.list("assessed").orElse(List.of())) {
      YamlMap.itemText(item, "assessed", problems)
          .ifPresent(
              text -> {
                try {
                  subjects.add(Subject.valueOf(text));
                } catch (IllegalArgumentException e) {
                  problems.at(
                      YamlMap.lineOf(item),
                      "assessed: expected UNITS or CADRES, found '" + text + "'");
                }
              });
    }
    return subjects;
  }

  /** {@code period: half-year}; annual when absent. */
  private Periodicity periodicity(YamlMap map) {
    if (!map.has("period")) {
      return Periodicity.ANNUAL;
    }
    Optional<String> text = map.text("period");
    Optional<Periodicity> periodicity = text.flatMap(Periodicity::parse);
    if (text.isPresent() && periodicity.isEmpty()) {
      problems.at(
          YamlMap.lineOf(map.node("period")),
          "period: expected annual or half-year, found '" + text.get() + "'");
    }
    return periodicity.orElse(Periodicity.ANNUAL);
  }

  private Optional<IndicatorCode> indicatorCode(String code, YamlMap map, Codes codes) {
    int line = YamlMap.lineOf(map.node("code"));
    try {
      IndicatorCode indicatorCode = new IndicatorCode(code);
      codes.claim(code, "indicator", line, problems);
      return Optional.of(indicatorCode);
    } catch (IllegalArgumentException e) {
      problems.at(
          line,
          "indicator code must be 2-32 upper-case letters, digits or '-', found '" + code + "'");
      return Optional.empty();
    }
  }

  private List<UnitKind> appliesTo(YamlMap map) {
    List<UnitKind> kinds = new ArrayList<>();
    for (Node item : map.list("applies_to").orElse(List.of())) {
      YamlMap.itemText(item, "applies_to", problems)
          .ifPresent(
              text -> {
                try {
                  kinds.add(UnitKind.parse(text));
                } catch (IllegalArgumentException e) {
                  problems.at(YamlMap.lineOf(item), "applies_to: " + e.getMessage());
                }
              });
    }
    return kinds;
  }

  private List<AgencyCode> additionalAgencies(YamlMap map, Optional<AgencyCode> responsible) {
    List<AgencyCode> additional = new ArrayList<>();
    for (Node item : map.optionalList("additional_agencies").orElse(List.of())) {
      int line = YamlMap.lineOf(item);
      YamlMap.itemText(item, "additional_agencies", problems)
          .flatMap(text -> agency(text, line))
          .ifPresent(
              agency -> {
                if (responsible.isPresent() && responsible.get().equals(agency)) {
                  problems.at(line, agency + " is already the responsible agency");
                } else if (additional.contains(agency)) {
                  problems.at(line, agency + " is listed twice in 'additional_agencies'");
                } else {
                  additional.add(agency);
                }
              });
    }
    return additional;
  }

  private Optional<AgencyCode> agency(String code, int line) {
    if (!agencies.contains(code)) {
      problems.at(line, "unknown agency " + code + " (not in the agencies file)");
      return Optional.empty();
    }
    return Optional.of(new AgencyCode(code));
  }

  private Optional<Scale> scale(Node node) {
    Optional<YamlMap> found = YamlMap.of(node, "a scale", SCALE_FIELDS, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = found.get();
    Optional<BigDecimal> min = number(map, "min");
    Optional<BigDecimal> max = number(map, "max");
    Optional<Integer> decimals = decimals(map);
    if (min.isEmpty() || max.isEmpty() || decimals.isEmpty()) {
      return Optional.empty();
    }
    if (min.get().compareTo(max.get()) >= 0) {
      problems.at(
          map.line(),
          "the scale's min "
              + min.get().toPlainString()
              + " must be below its max "
              + max.get().toPlainString());
      return Optional.empty();
    }
    return Optional.of(new Scale(min.get(), max.get(), decimals.get()));
  }

  private Optional<BigDecimal> number(YamlMap scale, String field) {
    return scale
        .text(field)
        .flatMap(
            text -> {
              try {
                return Optional.of(new BigDecimal(text));
              } catch (NumberFormatException e) {
                problems.at(
                    YamlMap.lineOf(scale.node(field)),
                    "the scale's " + field + " must be a number, found '" + text + "'");
                return Optional.empty();
              }
            });
  }

  private Optional<Integer> decimals(YamlMap scale) {
    return scale
        .text("decimals")
        .flatMap(
            text -> {
              try {
                int decimals = Integer.parseInt(text);
                if (decimals >= 0) {
                  return Optional.of(decimals);
                }
              } catch (NumberFormatException e) {
                // reported below, as for a negative number
              }
              problems.at(
                  YamlMap.lineOf(scale.node("decimals")),
                  "the scale's decimals must be a whole number from 0, found '" + text + "'");
              return Optional.empty();
            });
  }

  /** The group and indicator codes of one catalogue, which must all differ. */
  private static final class Codes {
    private final Map<String, Integer> lineOfCode = new HashMap<>();

    void claim(String code, String kind, int line, FileProblems problems) {
      Integer earlier = lineOfCode.putIfAbsent(code, line);
      if (earlier != null) {
        problems.at(line, kind + " code " + code + " is already used on line " + earlier);
      }
    }
  }
}

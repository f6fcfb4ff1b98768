package org.kaohe.platform.reference.scheme;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.CadreRole;
import org.kaohe.platform.reference.FileProblems;
import org.kaohe.platform.reference.IndicatorCatalogue;
import org.kaohe.platform.reference.InvalidReferenceFile;
import org.kaohe.platform.reference.UnitKind;
import org.kaohe.platform.reference.YamlLocations;
import org.kaohe.platform.reference.scheme.SchemeParameters.BySubject;
import org.kaohe.platform.reference.scheme.SchemeParameters.DeductionCaps;
import org.kaohe.platform.reference.scheme.SchemeParameters.GradeBand;
import org.kaohe.platform.reference.scheme.SchemeParameters.HqdTest;
import org.kaohe.platform.reference.scheme.SchemeParameters.TieRule;

/**
 * Reads the schemes file (the shipped {@code schemes.yml} documents every field): the YAML is read
 * as a tree and walked, each value checked where it is, so that one reading finds every problem of
 * the file's shape; then, for each scheme whose shape is sound, {@link SchemeChecks} applies the
 * rules across its trees, the units and the year's catalogue (rules over a tree that could not be
 * read would only repeat its problem). Each problem is placed by its line and column and names the
 * {@link SchemeRule} it breaks.
 */
public final class SchemesYaml {
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final FileProblems problems;
  private final YamlLocations places;
  private final List<AssessedUnit> units;
  private final Map<Integer, IndicatorCatalogue> catalogues;
  private final Map<Object, String> pointers = new IdentityHashMap<>();

  private SchemesYaml(
      FileProblems problems,
      YamlLocations places,
      List<AssessedUnit> units,
      List<IndicatorCatalogue> catalogues) {
    this.problems = problems;
    this.places = places;
    this.units = units;
    this.catalogues =
        catalogues.stream().collect(Collectors.toMap(IndicatorCatalogue::year, c -> c));
  }

  /**
   * @param units the units every scheme must cover
   * @param catalogues the catalogues whose indicators the schemes weigh
   * @throws InvalidReferenceFile listing every problem with its line, column and rule
   */
  public static List<ScoringScheme> read(
      InputStream in, String origin, List<AssessedUnit> units, List<IndicatorCatalogue> catalogues)
      throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    FileProblems problems = new FileProblems(origin);
    Optional<YamlLocations> places = YamlLocations.read(text, problems);
    List<ScoringScheme> schemes = List.of();
    if (places.isPresent() && places.get().isEmpty()) {
      problems.inFile(SchemeRule.SCHEME_FORMAT.says("the file is empty; it must hold 'schemes'"));
    } else if (places.isPresent()) {
      schemes =
          new SchemesYaml(problems, places.get(), units, catalogues).read(YAML.readTree(text));
    }
    problems.throwIfAnyInFileOrder();
    return schemes;
  }

  private List<ScoringScheme> read(JsonNode root) {
    List<ScoringScheme> schemes = new ArrayList<>();
    if (!mapping(root, "", "the file", List.of("schemes"), List.of())) {
      return schemes;
    }
    Map<Integer, Integer> lineOfYear = new HashMap<>();
    forEach(
        list(root, "", "schemes"),
        "/schemes",
        (node, at) -> scheme(node, at, lineOfYear).ifPresent(schemes::add));
    return schemes;
  }

  private Optional<ScoringScheme> scheme(JsonNode node, String at, Map<Integer, Integer> years) {
    int before = problems.count();
    if (!mapping(
        node,
        at,
        "a scheme",
        List.of(
            "year",
            "version",
            "regularIndicator",
            "excellentShare",
            "excellentThreshold",
            "regularThreshold",
            "gradeBands",
            "politicalQualityLowers",
            "hqdOutstanding",
            "democraticPoints",
            "deductionCaps",
            "tieRule",
            "units",
            "cadres"),
        List.of("vetoCapsGrade"))) {
      return Optional.empty();
    }
    Optional<Integer> year = year(node, at);
    Optional<IndicatorCatalogue> catalogue = year.map(catalogues::get);
    year.ifPresent(
        y -> {
          Integer earlier = years.putIfAbsent(y, places.of(at + "/year").line());
          if (earlier != null) {
            format(at + "/year", "year " + y + " already has a scheme on line " + earlier);
          }
          if (catalogue.isEmpty()) {
            problem(
                at + "/year",
                SchemeRule.NO_CATALOGUE,
                "year " + y + " has no catalogue in the indicators file");
          }
        });
    Optional<String> version = text(node, at, "version");
    SchemeParameters parameters = parameters(node, at, catalogue);
    List<UnitTree> trees = new ArrayList<>();
    forEach(
        list(node, at, "units"),
        at + "/units",
        (tree, treeAt) -> unitTree(tree, treeAt).ifPresent(trees::add));
    Map<CadreRole, List<Component>> cadres = cadreTrees(node.get("cadres"), at + "/cadres");
    if (problems.count() > before || catalogue.isEmpty()) {
      return Optional.empty();
    }
    ScoringScheme scheme = new ScoringScheme(year.get(), version.get(), parameters, trees, cadres);
    new SchemeChecks(
            scheme, catalogue.get(), units, pointers, p -> places.of(p).line(), this::problem)
        .check(at);
    return problems.count() > before ? Optional.empty() : Optional.of(scheme);
  }

  private Optional<Integer> year(JsonNode node, String at) {
    JsonNode year = node.get("year");
    if (year == null) {
      return Optional.empty();
    }
    if (!year.isInt()) {
      format(at + "/year", "'year' must be a whole number, found '" + year.asText() + "'");
      return Optional.empty();
    }
    return Optional.of(year.intValue());
  }

  private SchemeParameters parameters(
      JsonNode node, String at, Optional<IndicatorCatalogue> catalogue) {
    Optional<String> regular = text(node, at, "regularIndicator");
    regular.ifPresent(
        code ->
            catalogue
                .filter(
                    c ->
                        c.indicator(code)
                            .filter(i -> !i.periodicity().periods().isEmpty())
                            .isEmpty())
                .ifPresent(
                    c ->
                        parameter(
                            at + "/regularIndicator",
                            "'regularIndicator' must be a half-year indicator of the "
                                + c.year()
                                + " catalogue, found '"
                                + code
                                + "'")));
    BySubject<BigDecimal> share =
        bySubject(node.get("excellentShare"), at + "/excellentShare", this::share, false);
    BigDecimal excellent = score(node, at, "excellentThreshold");
    BigDecimal regularThreshold = score(node, at, "regularThreshold");
    BySubject<List<GradeBand>> bands =
        bySubject(node.get("gradeBands"), at + "/gradeBands", this::bands, false);
    Map<PoliticalRating, Integer> lowers =
        lowers(node.get("politicalQualityLowers"), at + "/politicalQualityLowers");
    BySubject<Optional<String>> caps =
        node.has("vetoCapsGrade")
            ? bySubject(node.get("vetoCapsGrade"), at + "/vetoCapsGrade", this::grade, true)
            : new BySubject<>(Optional.empty(), Optional.empty());
    HqdTest hqd = hqdTest(node.get("hqdOutstanding"), at + "/hqdOutstanding");
    BySubject<Map<String, BigDecimal>> points =
        bySubject(node.get("democraticPoints"), at + "/democraticPoints", this::points, false);
    DeductionCaps deductions = deductionCaps(node.get("deductionCaps"), at + "/deductionCaps");
    Optional<TieRule> tie = choice(node, at, "tieRule", TieRule.class);
    return new SchemeParameters(
        regular.orElse(null),
        share,
        excellent,
        regularThreshold,
        bands,
        lowers,
        caps,
        hqd,
        points,
        deductions,
        tie.orElse(null));
  }

  private interface PerScale<T> {
    T read(JsonNode node, String at, GradeScale scale);
  }

  private <T> BySubject<T> bySubject(
      JsonNode node, String at, PerScale<T> value, boolean optional) {
    List<String> fields = List.of("units", "cadres");
    if (node == null
        || !mapping(node, at, "'" + last(at) + "'", optional ? List.of() : fields, fields)) {
      return new BySubject<>(null, null);
    }
    return new BySubject<>(
        value.read(node.get("units"), at + "/units", GradeScale.UNITS),
        value.read(node.get("cadres"), at + "/cadres", GradeScale.CADRES));
  }

  private BigDecimal share(JsonNode node, String at, GradeScale scale) {
    return number(node, at)
        .filter(
            share -> {
              boolean valid = share.signum() > 0 && share.compareTo(BigDecimal.ONE) <= 0;
              if (!valid) {
                parameter(
                    at, "'" + last(at) + "' must be above 0 and at most 1, found " + plain(share));
              }
              return valid;
            })
        .orElse(null);
  }

  private BigDecimal score(JsonNode node, String at, String field) {
    return score(node.get(field), at + "/" + field).orElse(null);
  }

  /** A number from 0 to 100, the range of every score. */
  private Optional<BigDecimal> score(JsonNode node, String at) {
    return number(node, at)
        .filter(
            value -> {
              boolean valid = value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
              if (!valid) {
                parameter(at, "'" + last(at) + "' must be from 0 to 100, found " + plain(value));
              }
              return valid;
            });
  }

  private List<GradeBand> bands(JsonNode node, String at, GradeScale scale) {
    List<GradeBand> bands = new ArrayList<>();
    if (node == null || !mapping(node, at, "'" + last(at) + "'", List.of(), List.of())) {
      return bands;
    }
    node.fields()
        .forEachRemaining(
            field ->
                score(field.getValue(), at + "/" + field.getKey())
                    .ifPresent(from -> bands.add(new GradeBand(field.getKey(), from))));
    List<String> grades = bands.stream().map(GradeBand::grade).toList();
    boolean descending = true;
    for (int i = 1; i < bands.size(); i++) {
      descending &= bands.get(i).from().compareTo(bands.get(i - 1).from()) < 0;
    }
    if (!grades.equals(scale.bandGrades())
        || !descending
        || bands.get(bands.size() - 1).from().signum() != 0) {
      parameter(
          at,
          "the bands for "
              + scale.name().toLowerCase()
              + " must give "
              + String.join(", ", scale.bandGrades())
              + " in this order, each from a lower composite, the last from 0");
    }
    return bands;
  }

  private Map<PoliticalRating, Integer> lowers(JsonNode node, String at) {
    Map<PoliticalRating, Integer> lowers = new EnumMap<>(PoliticalRating.class);
    if (node == null || !mapping(node, at, "'politicalQualityLowers'", List.of(), ratings())) {
      return lowers;
    }
    node.fields()
        .forEachRemaining(
            field -> {
              JsonNode levels = field.getValue();
              if (!levels.isInt() || levels.intValue() < 0 || levels.intValue() > 3) {
                parameter(
                    at + "/" + field.getKey(),
                    "'"
                        + field.getKey()
                        + "' must be a whole number of grade levels from 0 to 3, found '"
                        + levels.asText()
                        + "'");
              } else {
                lowers.put(PoliticalRating.valueOf(field.getKey()), levels.intValue());
              }
            });
    return lowers;
  }

  private Optional<String> grade(JsonNode node, String at, GradeScale scale) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!scale.has(node.asText())) {
      parameter(
          at,
          "'"
              + last(at)
              + "' must be one of "
              + String.join(", ", scale.grades())
              + ", found '"
              + node.asText()
              + "'");
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  private HqdTest hqdTest(JsonNode node, String at) {
    if (node == null
        || !mapping(node, at, "'hqdOutstanding'", List.of("test"), List.of("share", "score"))) {
      return null;
    }
    Optional<HqdTest.Kind> kind = choice(node, at, "test", HqdTest.Kind.class);
    if (kind.isEmpty()) {
      return null;
    }
    String field = kind.get() == HqdTest.Kind.TOP_SHARE ? "share" : "score";
    if (!node.has(field) || node.size() != 2) {
      parameter(at, "the test " + kind.get() + " takes '" + field + "' and nothing else");
      return null;
    }
    Optional<BigDecimal> value =
        kind.get() == HqdTest.Kind.TOP_SHARE
            ? Optional.ofNullable(share(node.get(field), at + "/" + field, GradeScale.UNITS))
            : score(node.get(field), at + "/" + field);
    return value.map(v -> new HqdTest(kind.get(), v)).orElse(null);
  }

  private Map<String, BigDecimal> points(JsonNode node, String at, GradeScale scale) {
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    if (node == null || !mapping(node, at, "'" + last(at) + "'", scale.grades(), scale.grades())) {
      return points;
    }
    node.fields()
        .forEachRemaining(
            field ->
                score(field.getValue(), at + "/" + field.getKey())
                    .ifPresent(value -> points.put(field.getKey(), value)));
    return points;
  }

  private DeductionCaps deductionCaps(JsonNode node, String at) {
    List<String> fields = List.of("perFinding", "perSource", "total");
    if (node == null || !mapping(node, at, "'deductionCaps'", fields, fields)) {
      return null;
    }
    return new DeductionCaps(
        score(node, at, "perFinding"), score(node, at, "perSource"), score(node, at, "total"));
  }

  private Optional<UnitTree> unitTree(JsonNode node, String at) {
    int before = problems.count();
    if (!mapping(
        node,
        at,
        "a unit tree",
        List.of("appliesTo", "peerGroup", "components"),
        List.of("withoutSurvey"))) {
      return Optional.empty();
    }
    List<UnitKind> kinds = new ArrayList<>();
    forEach(
        list(node, at, "appliesTo"),
        at + "/appliesTo",
        (kind, kindAt) -> {
          try {
            kinds.add(UnitKind.parse(kind.asText()));
          } catch (IllegalArgumentException e) {
            format(kindAt, e.getMessage());
          }
        });
    Optional<String> peerGroup = text(node, at, "peerGroup");
    String withoutSurvey =
        node.has("withoutSurvey") ? text(node, at, "withoutSurvey").orElse(null) : null;
    List<Component> components = components(node, at);
    if (problems.count() > before) {
      return Optional.empty();
    }
    UnitTree tree = new UnitTree(kinds, peerGroup.get(), withoutSurvey, components);
    pointers.put(tree, at);
    return Optional.of(tree);
  }

  private Map<CadreRole, List<Component>> cadreTrees(JsonNode node, String at) {
    Map<CadreRole, List<Component>> trees = new EnumMap<>(CadreRole.class);
    List<String> roles = Arrays.stream(CadreRole.values()).map(Enum::name).toList();
    if (node == null || !mapping(node, at, "'cadres'", List.of(), roles)) {
      return trees;
    }
    for (CadreRole role : CadreRole.values()) {
      String roleAt = at + "/" + role;
      JsonNode tree = node.get(role.name());
      if (tree == null) {
        problem(at, SchemeRule.UNIT_TREES, "cadres need a tree for " + role);
      } else if (mapping(tree, roleAt, "a cadre tree", List.of("components"), List.of())) {
        trees.put(role, components(tree, roleAt));
      }
    }
    return trees;
  }

  private List<Component> components(JsonNode node, String at) {
    List<Component> components = new ArrayList<>();
    forEach(
        list(node, at, "components"),
        at + "/components",
        (component, componentAt) -> component(component, componentAt).ifPresent(components::add));
    return components;
  }

  private Optional<Component> component(JsonNode node, String at) {
    Optional<Component> component;
    if (node.isObject() && node.has("indicator")) {
      component =
          mapping(node, at, "an indicator leaf", List.of("indicator", "weight"), List.of())
              ? text(node, at, "indicator")
                  .flatMap(code -> weight(node, at).map(w -> Component.indicator(code, code, w)))
              : Optional.empty();
    } else if (node.isObject() && node.has("source")) {
      component =
          mapping(node, at, "a source leaf", List.of("source", "weight"), List.of())
              ? choice(node, at, "source", Source.class)
                  .flatMap(source -> weight(node, at).map(w -> Component.source(source, w)))
              : Optional.empty();
    } else if (mapping(
        node, at, "a component", List.of("code", "name", "weight", "components"), List.of())) {
      Optional<String> code = text(node, at, "code");
      Optional<String> name = text(node, at, "name");
      Optional<BigDecimal> weight = weight(node, at);
      List<Component> children = components(node, at);
      component =
          code.isPresent() && name.isPresent() && weight.isPresent()
              ? Optional.of(Component.node(code.get(), name.get(), weight.get(), children))
              : Optional.empty();
    } else {
      component = Optional.empty();
    }
    component.ifPresent(c -> pointers.put(c, at));
    return component;
  }

  private Optional<BigDecimal> weight(JsonNode node, String at) {
    return number(node.get("weight"), at + "/weight");
  }

  /**
   * Whether {@code node} is a mapping; reports each required field it lacks and each field it has
   * that is neither required nor optional (none when both lists are empty: any key goes).
   */
  private boolean mapping(
      JsonNode node, String at, String what, List<String> required, List<String> optional) {
    if (node == null) {
      return false;
    }
    if (!node.isObject()) {
      format(at, what + " must be a mapping");
      return false;
    }
    List<String> known = new ArrayList<>(required);
    optional.stream().filter(field -> !known.contains(field)).forEach(known::add);
    node.fieldNames()
        .forEachRemaining(
            field -> {
              if (!known.isEmpty() && !known.contains(field)) {
                problems.at(
                    places.keyOf(at + "/" + field),
                    SchemeRule.SCHEME_FORMAT.says(
                        "unknown field '"
                            + field
                            + "' in "
                            + what
                            + "; expected "
                            + String.join(", ", known)));
              }
            });
    required.stream()
        .filter(field -> !node.has(field))
        .forEach(field -> format(at, what + " needs '" + field + "'"));
    return true;
  }

  private JsonNode list(JsonNode node, String at, String field) {
    JsonNode list = node.get(field);
    if (list != null && !list.isArray()) {
      format(at + "/" + field, "'" + field + "' must be a list");
      return null;
    }
    if (list != null && list.isEmpty()) {
      format(at + "/" + field, "'" + field + "' must not be empty");
    }
    return list;
  }

  private Optional<String> text(JsonNode node, String at, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
      format(at + "/" + field, "'" + field + "' must be a single value");
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  private Optional<BigDecimal> number(JsonNode value, String at) {
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      format(at, "'" + last(at) + "' must be a number, found '" + value.asText() + "'");
      return Optional.empty();
    }
    return Optional.of(value.decimalValue());
  }

  private <E extends Enum<E>> Optional<E> choice(
      JsonNode node, String at, String field, Class<E> type) {
    Optional<String> text = text(node, at, field);
    Optional<E> value =
        text.flatMap(
            name ->
                Arrays.stream(type.getEnumConstants())
                    .filter(e -> e.name().equals(name))
                    .findFirst());
    if (text.isPresent() && value.isEmpty()) {
      format(
          at + "/" + field,
          "'"
              + field
              + "' must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ", found '"
              + text.get()
              + "'");
    }
    return value;
  }

  private interface Item {
    void read(JsonNode item, String at);
  }

  private static void forEach(JsonNode list, String at, Item item) {
    for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
      item.read(list.get(i), at + "/" + i);
    }
  }

  private static List<String> ratings() {
    return Arrays.stream(PoliticalRating.values()).map(Enum::name).toList();
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private void format(String pointer, String message) {
    problem(pointer, SchemeRule.SCHEME_FORMAT, message);
  }

  private void parameter(String pointer, String message) {
    problem(pointer, SchemeRule.PARAMETERS, message);
  }

  private void problem(String pointer, SchemeRule rule, String message) {
    problems.at(places.of(pointer), rule.says(message));
  }
}

package org.kaohe.platform.reference.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.IndicatorCatalogue;
import org.kaohe.platform.reference.Periodicity;
import org.kaohe.platform.reference.Subject;
import org.kaohe.platform.reference.UnitCategory;
import org.kaohe.platform.reference.UnitKind;

/**
 * The rules of {@link SchemeRule} across a scheme's trees, the units and the year's catalogue, in
 * exact decimal arithmetic: a weight that sums to 0.9999 is refused, not rounded.
 */
final class SchemeChecks {
  private static final BigDecimal REGULAR_WEIGHT = new BigDecimal("0.30");
  private static final BigDecimal SURVEY_WEIGHT = new BigDecimal("0.05");
  private static final BigDecimal CITY_HQD_MIN = new BigDecimal("0.55");
  private static final BigDecimal CITY_HQD_MAX = new BigDecimal("0.70");
  private static final BigDecimal COUNTY_RURAL_STRONG = new BigDecimal("0.60");
  private static final List<String> COUNTY_RURAL_STRONG_CODES =
      List.of("HQD-RURAL", "HQD-STRONG-COUNTY");

  /** The indicator each city type weighs more than the other two types do. */
  private static final Map<String, String> CITY_EMPHASIS =
      orderedMap(
          "ECONOMIC", "HQD-ECONOMY",
          "RURAL_REVITALIZATION", "HQD-RURAL",
          "ETHNIC", "HQD-ETHNIC-RELIGIOUS");

  interface Report {
    void problem(String pointer, SchemeRule rule, String message);
  }

  private final ScoringScheme scheme;
  private final IndicatorCatalogue catalogue;
  private final List<AssessedUnit> units;
  private final Map<Object, String> pointers;
  private final ToIntFunction<String> lineOf;
  private final Report report;

  /**
   * @param pointers where each tree, list of components and component of {@code scheme} is
   * @param lineOf the line of a place in the file, by its pointer
   */
  SchemeChecks(
      ScoringScheme scheme,
      IndicatorCatalogue catalogue,
      List<AssessedUnit> units,
      Map<Object, String> pointers,
      ToIntFunction<String> lineOf,
      Report report) {
    this.lineOf = lineOf;
    this.scheme = scheme;
    this.catalogue = catalogue;
    this.units = units;
    this.pointers = pointers;
    this.report = report;
  }

  /**
   * @param at where the scheme is
   */
  void check(String at) {
    for (UnitTree tree : scheme.unitTrees()) {
      unitTree(tree);
    }
    scheme
        .cadreTrees()
        .forEach((role, top) -> cadreTree(top, at + "/cadres/" + role + "/components"));
    coverage(at + "/units");
    cityEmphasis();
  }

  private void unitTree(UnitTree tree) {
    String at = pointers.get(tree);
    List<Component> top = tree.components();
    common(top, at + "/components", Subject.UNITS, concreteKinds(tree.appliesTo()));
    Optional<Component> survey = topLevel(top, Source.SURVEY);
    Optional<AssessedUnit> surveyed =
        units.stream().filter(tree::includes).filter(AssessedUnit::surveyed).findFirst();
    if (survey.isPresent() && survey.get().weight().compareTo(SURVEY_WEIGHT) != 0) {
      report(
          survey.get(),
          SchemeRule.SURVEY_5_PERCENT,
          "SURVEY must weigh 0.05 of a surveyed unit's annual score, found "
              + SchemesYaml.plain(survey.get().weight()));
    } else if (survey.isEmpty() && surveyed.isPresent()) {
      report.problem(
          at,
          SchemeRule.SURVEY_5_PERCENT,
          "the tree has surveyed units (e.g. "
              + surveyed.get().code().value()
              + ") but no top-level SURVEY component of 0.05");
    }
    surveyShareTarget(tree, at, survey.isPresent());
    hqd(tree, at);
  }

  private void surveyShareTarget(UnitTree tree, String at, boolean hasSurvey) {
    if (!hasSurvey && tree.withoutSurvey() != null) {
      report.problem(
          at + "/withoutSurvey",
          SchemeRule.SURVEY_SHARE_TARGET,
          "'withoutSurvey' is given but the tree has no SURVEY component");
    } else if (hasSurvey && tree.withoutSurvey() == null) {
      report.problem(
          at,
          SchemeRule.SURVEY_SHARE_TARGET,
          "a tree with a SURVEY component needs 'withoutSurvey': the top-level component that takes"
              + " its weight for a unit that is not surveyed");
    } else if (hasSurvey
        && tree.components().stream()
            .noneMatch(
                c ->
                    c.code().equals(tree.withoutSurvey())
                        && c.source() != Source.SURVEY
                        && c.source() != Source.REGULAR)) {
      report.problem(
          at + "/withoutSurvey",
          SchemeRule.SURVEY_SHARE_TARGET,
          "'withoutSurvey' must name a top-level component other than REGULAR and SURVEY, found '"
              + tree.withoutSurvey()
              + "'");
    }
  }

  private void hqd(UnitTree tree, String at) {
    List<List<Component>> paths =
        paths(tree.components(), c -> c.code().equals(ScoringScheme.HQD_NODE));
    if (paths.size() != 1 || paths.get(0).get(paths.get(0).size() - 1).isLeaf()) {
      report.problem(
          at,
          SchemeRule.HQD_NODE,
          "a unit tree needs one node coded HQD over its high-quality development indicators");
      return;
    }
    List<Component> path = paths.get(0);
    Component hqd = path.get(path.size() - 1);
    boolean city = tree.appliesTo().stream().anyMatch(k -> k.category() == UnitCategory.CITY);
    if (city && path.size() == 1) {
      report(
          hqd,
          SchemeRule.CITY_HQD_SHARE,
          "for cities HQD must sit under the node of the economic and social development"
              + " performance, not at the top level");
    } else if (city
        && (hqd.weight().compareTo(CITY_HQD_MIN) < 0 || hqd.weight().compareTo(CITY_HQD_MAX) > 0)) {
      report(
          hqd,
          SchemeRule.CITY_HQD_SHARE,
          "HQD weighs "
              + SchemesYaml.plain(hqd.weight())
              + " of "
              + path.get(path.size() - 2).code()
              + "; for cities it must weigh 0.55 to 0.70 of the economic and social development"
              + " performance");
    }
    boolean county = tree.appliesTo().stream().anyMatch(k -> k.category() == UnitCategory.COUNTY);
    if (county) {
      BigDecimal ruralStrong =
          paths(hqd.components(), c -> COUNTY_RURAL_STRONG_CODES.contains(c.indicator())).stream()
              .map(SchemeChecks::weightAlong)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (ruralStrong.compareTo(COUNTY_RURAL_STRONG) != 0) {
        report(
            hqd,
            SchemeRule.COUNTY_RURAL_STRONG_60,
            "HQD-RURAL and HQD-STRONG-COUNTY together weigh "
                + SchemesYaml.plain(ruralStrong)
                + " of HQD; for counties they must weigh 0.60");
      }
    }
  }

  private void cadreTree(List<Component> top, String at) {
    common(top, at, Subject.CADRES, List.of());
    topLevel(top, Source.SURVEY)
        .or(() -> flat(top).stream().filter(c -> c.source() == Source.SURVEY).findFirst())
        .ifPresent(
            survey ->
                report(
                    survey,
                    SchemeRule.SURVEY_5_PERCENT,
                    "cadres are not surveyed: a cadre tree has no SURVEY component"));
  }

  /** The rules every tree keeps, for units of {@code kinds} or for cadres. */
  private void common(List<Component> top, String at, Subject subject, List<UnitKind> kinds) {
    weights(top, "the top-level components", at);
    Map<String, Component> byCode = new HashMap<>();
    Map<String, Component> byInput = new HashMap<>();
    for (Component component : flat(top)) {
      Component earlier = byCode.putIfAbsent(component.code(), component);
      if (earlier != null && (input(component) == null || input(earlier) == null)) {
        report(
            component,
            SchemeRule.COMPONENT_CODES_UNIQUE,
            "component code " + component.code() + " is already used on line " + line(earlier));
      }
      String input = input(component);
      if (input != null && byInput.putIfAbsent(input, component) != null) {
        report(
            component,
            SchemeRule.INPUT_COUNTED_TWICE,
            input + " already enters this tree on line " + line(byInput.get(input)));
      }
      component.indicatorOf().ifPresent(code -> leaf(component, code, subject, kinds));
      if (subject == Subject.UNITS && component.source() == Source.UNIT_RESULT) {
        report(
            component,
            SchemeRule.SOURCE_NOT_FOR_SUBJECT,
            "UNIT_RESULT is the composite of a cadre's unit: it enters cadre trees only");
      }
    }
    regular(top, at);
    for (Indicator indicator : catalogue.indicators()) {
      boolean applies =
          indicator.isScoredFor(subject)
              && (subject == Subject.CADRES
                  || kinds.stream().anyMatch(kind -> appliesTo(indicator, kind)));
      String code = indicator.code().value();
      if (applies
          && !code.equals(scheme.parameters().regularIndicator())
          && !byInput.containsKey(code)) {
        report.problem(
            at,
            SchemeRule.INDICATOR_WITHOUT_WEIGHT,
            code
                + " applies to "
                + (subject == Subject.CADRES ? "cadres" : indicator.applicability())
                + " but has no weight in this tree");
      }
    }
  }

  private void regular(List<Component> top, String at) {
    Optional<Component> regular = topLevel(top, Source.REGULAR);
    if (regular.isEmpty()) {
      report.problem(
          at,
          SchemeRule.REGULAR_30_PERCENT,
          "REGULAR must be a top-level component weighing 0.30 of the annual score, found none");
    } else if (regular.get().weight().compareTo(REGULAR_WEIGHT) != 0) {
      report(
          regular.get(),
          SchemeRule.REGULAR_30_PERCENT,
          "REGULAR must weigh 0.30 of the annual score, found "
              + SchemesYaml.plain(regular.get().weight()));
    }
  }

  private void weights(List<Component> components, String what, String at) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Component component : components) {
      sum = sum.add(component.weight());
      if (component.weight().signum() <= 0 || component.weight().compareTo(BigDecimal.ONE) > 0) {
        report(
            component,
            SchemeRule.WEIGHT_RANGE,
            "the weight of "
                + component.code()
                + " must be above 0 and at most 1, found "
                + SchemesYaml.plain(component.weight()));
      }
      if (!component.isLeaf()) {
        weights(
            component.components(),
            "the components of " + component.code(),
            pointers.get(component) + "/components");
      }
    }
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      report.problem(
          at,
          SchemeRule.WEIGHTS_SUM_TO_ONE,
          "the weights of " + what + " sum to " + SchemesYaml.plain(sum) + ", not 1");
    }
  }

  private void leaf(Component leaf, String code, Subject subject, List<UnitKind> kinds) {
    Optional<Indicator> found = catalogue.indicator(code);
    if (found.isEmpty()) {
      report(
          leaf,
          SchemeRule.UNKNOWN_INDICATOR,
          "unknown indicator " + code + ": the " + catalogue.year() + " catalogue has none");
      return;
    }
    Indicator indicator = found.get();
    String subjects = subject == Subject.UNITS ? "units" : "cadres";
    if (indicator.periodicity() != Periodicity.ANNUAL) {
      report(
          leaf,
          SchemeRule.INDICATOR_NOT_APPLICABLE,
          code + " is scored per half-year: it enters only through the source REGULAR");
    } else if (!indicator.isScoredFor(subject)) {
      report(leaf, SchemeRule.INDICATOR_NOT_APPLICABLE, code + " is not scored for " + subjects);
    } else {
      kinds.stream()
          .filter(kind -> !appliesTo(indicator, kind))
          .findFirst()
          .ifPresent(
              kind ->
                  report(
                      leaf,
                      SchemeRule.INDICATOR_NOT_APPLICABLE,
                      code
                          + " does not apply to "
                          + kind.label()
                          + " (it applies to "
                          + indicator.applicability()
                          + ")"));
    }
  }

  /** Every unit falls under exactly one tree. */
  private void coverage(String at) {
    Map<String, List<AssessedUnit>> byKind = new LinkedHashMap<>();
    units.forEach(unit -> byKind.computeIfAbsent(unit.kind(), k -> new ArrayList<>()).add(unit));
    byKind.forEach(
        (kind, ofKind) -> {
          AssessedUnit unit = ofKind.get(0);
          List<String> trees =
              scheme.unitTrees().stream()
                  .filter(tree -> tree.includes(unit))
                  .map(tree -> String.valueOf(line(tree)))
                  .toList();
          if (trees.size() != 1) {
            report.problem(
                at,
                SchemeRule.UNIT_TREES,
                "units of kind "
                    + kind
                    + " (e.g. "
                    + unit.code().value()
                    + ") fall under "
                    + (trees.isEmpty()
                        ? "no tree"
                        : "the trees on lines " + String.join(", ", trees)));
          }
        });
  }

  /** Each city type weighs its emphasis, as a share of the annual score, above the other two. */
  private void cityEmphasis() {
    Map<String, UnitTree> trees = new LinkedHashMap<>();
    for (String type : CITY_EMPHASIS.keySet()) {
      UnitKind kind = new UnitKind(UnitCategory.CITY, type);
      scheme.unitTrees().stream()
          .filter(tree -> tree.appliesTo().stream().anyMatch(k -> covers(k, kind)))
          .findFirst()
          .ifPresent(tree -> trees.put(type, tree));
    }
    if (trees.size() != CITY_EMPHASIS.size()) {
      return;
    }
    CITY_EMPHASIS.forEach(
        (type, indicator) -> {
          BigDecimal own = annualWeight(trees.get(type), indicator);
          trees.forEach(
              (other, tree) -> {
                BigDecimal theirs = annualWeight(tree, indicator);
                if (!other.equals(type) && own.compareTo(theirs) <= 0) {
                  report.problem(
                      pointers.get(trees.get(type)),
                      SchemeRule.CITY_TYPE_EMPHASIS,
                      indicator
                          + " weighs "
                          + SchemesYaml.plain(own)
                          + " of the annual score for CITY/"
                          + type
                          + ", not more than "
                          + SchemesYaml.plain(theirs)
                          + " for CITY/"
                          + other);
                }
              });
        });
  }

  private static BigDecimal annualWeight(UnitTree tree, String indicator) {
    return paths(tree.components(true), c -> indicator.equals(c.indicator())).stream()
        .map(SchemeChecks::weightAlong)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The product of the weights along a path from a tree's top. */
  private static BigDecimal weightAlong(List<Component> path) {
    return path.stream().map(Component::weight).reduce(BigDecimal.ONE, BigDecimal::multiply);
  }

  /** The paths from the top of {@code components} to every component that matches. */
  private static List<List<Component>> paths(
      List<Component> components, Predicate<Component> match) {
    List<List<Component>> paths = new ArrayList<>();
    for (Component component : components) {
      if (match.test(component)) {
        paths.add(List.of(component));
      }
      for (List<Component> below : paths(component.components(), match)) {
        List<Component> path = new ArrayList<>();
        path.add(component);
        path.addAll(below);
        paths.add(path);
      }
    }
    return paths;
  }

  private static Optional<Component> topLevel(List<Component> top, Source source) {
    return top.stream().filter(c -> c.source() == source).findFirst();
  }

  private static List<Component> flat(List<Component> top) {
    return top.stream().flatMap(Component::flatten).toList();
  }

  /** What a leaf counts: its indicator code or its source's name; none for a node. */
  private static String input(Component component) {
    return component.indicator() != null
        ? component.indicator()
        : component.sourceOf().map(Enum::name).orElse(null);
  }

  /** A tree's kinds, a category with types standing for each of its types. */
  private static List<UnitKind> concreteKinds(List<UnitKind> kinds) {
    return kinds.stream()
        .flatMap(
            kind ->
                kind.type() != null || !kind.category().hasTypes()
                    ? Stream.of(kind)
                    : kind.category().types().stream().map(t -> new UnitKind(kind.category(), t)))
        .toList();
  }

  /** Whether the indicator applies to every unit of {@code kind}, a category/type or a county. */
  private static boolean appliesTo(Indicator indicator, UnitKind kind) {
    return indicator.appliesTo().stream().anyMatch(own -> covers(own, kind));
  }

  private static boolean covers(UnitKind wide, UnitKind narrow) {
    return wide.category() == narrow.category()
        && (wide.type() == null || Objects.equals(wide.type(), narrow.type()));
  }

  private int line(Object part) {
    return lineOf.applyAsInt(pointers.get(part));
  }

  private void report(Component component, SchemeRule rule, String message) {
    report.problem(pointers.get(component), rule, message);
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}

package org.kaohe.results.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.CadreRole;
import org.kaohe.platform.reference.scheme.Component;
import org.kaohe.platform.reference.scheme.GradeScale;
import org.kaohe.platform.reference.scheme.SchemeParameters.DeductionCaps;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.platform.reference.scheme.Source;

/**
 * Computes composites. Rounding, the only one: each contribution (weight × value, over the weights
 * of the components present) is rounded to {@value #SCALE} decimals, half up, and a node's value is
 * the exact sum of its components' contributions, so that the parts always add up to the whole; a
 * DEMOCRATIC score is rounded the same way. Renormalised weights are shown to {@value
 * #WEIGHT_SCALE} decimals; where nothing is missing they are the scheme's own.
 */
public final class Scoring {
  public static final int SCALE = 4;
  public static final int WEIGHT_SCALE = 6;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private final ScoringScheme scheme;
  private final GradeScale scale;
  private final Inputs inputs;
  private final List<String> missing = new ArrayList<>();

  private Scoring(ScoringScheme scheme, GradeScale scale, Inputs inputs) {
    this.scheme = scheme;
    this.scale = scale;
    this.inputs = inputs;
  }

  /**
   * @throws IllegalArgumentException when no tree of the scheme covers the unit (the scheme's
   *     reader refuses such a scheme for the units of the reference data)
   */
  public static Composite unit(ScoringScheme scheme, AssessedUnit unit, Inputs inputs) {
    List<Component> components =
        scheme
            .treeFor(unit)
            .orElseThrow(() -> new IllegalArgumentException("no scheme tree for " + unit.kind()))
            .components(unit.surveyed());
    return new Scoring(scheme, GradeScale.UNITS, inputs).composite(components);
  }

  public static Composite cadre(ScoringScheme scheme, CadreRole role, Inputs inputs) {
    return new Scoring(scheme, GradeScale.CADRES, inputs).composite(scheme.cadreComponents(role));
  }

  private Composite composite(List<Component> tree) {
    List<ComponentResult> components = level(tree);
    List<Deduction> deductions = deductions(scheme.parameters().deductionCaps());
    BigDecimal composite =
        components.stream().anyMatch(ComponentResult::present)
            ? sumOfContributions(components)
                .subtract(
                    deductions.stream()
                        .map(Deduction::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
            : null;
    return new Composite(
        scheme.version(),
        missing.isEmpty(),
        missing,
        composite,
        components,
        deductions,
        scale == GradeScale.UNITS ? find(components, ScoringScheme.HQD_NODE).orElse(null) : null,
        find(components, Source.REGULAR.name()).orElse(null));
  }

  /** The components of one node, weighed over those present. */
  private List<ComponentResult> level(List<Component> components) {
    List<Evaluated> evaluated = components.stream().map(this::evaluate).toList();
    BigDecimal present =
        evaluated.stream()
            .filter(e -> e.value() != null)
            .map(e -> e.component().weight())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return evaluated.stream().map(e -> e.weighed(present)).toList();
  }

  private record Evaluated(
      Component component, BigDecimal value, List<String> events, List<ComponentResult> children) {

    ComponentResult weighed(BigDecimal present) {
      BigDecimal weight = component.weight();
      if (value == null) {
        return new ComponentResult(
            component.code(),
            component.name(),
            BigDecimal.ZERO,
            weight,
            null,
            null,
            events,
            children);
      }
      BigDecimal shown =
          present.compareTo(BigDecimal.ONE) == 0
              ? weight
              : weight.divide(present, WEIGHT_SCALE, ROUNDING);
      BigDecimal contribution = weight.multiply(value).divide(present, SCALE, ROUNDING);
      return new ComponentResult(
          component.code(), component.name(), shown, weight, value, contribution, events, children);
    }
  }

  private Evaluated evaluate(Component component) {
    if (!component.isLeaf()) {
      List<ComponentResult> children = level(component.components());
      boolean any = children.stream().anyMatch(ComponentResult::present);
      return new Evaluated(
          component,
          any ? sumOfContributions(children) : null,
          sorted(children.stream().flatMap(child -> child.sourceEventIds().stream())),
          children);
    }
    Optional<Value> value =
        component.sourceOf().map(this::source).orElseGet(() -> indicator(component.indicator()));
    return new Evaluated(
        component,
        value.map(Value::value).orElse(null),
        value.map(Value::events).orElse(List.of()),
        List.of());
  }

  private record Value(BigDecimal value, List<String> events) {}

  private Optional<Value> indicator(String code) {
    Optional<Inputs.Score> score =
        inputs.scores().stream()
            .filter(s -> s.indicatorCode().equals(code) && s.period() == null)
            .findFirst();
    if (score.isEmpty()) {
      missing.add(code);
    }
    return score.map(s -> new Value(s.value(), List.of(s.eventId())));
  }

  private Optional<Value> source(Source source) {
    Optional<Value> value =
        switch (source) {
          case REGULAR -> regular();
          case SURVEY -> sourced(inputs.survey());
          case DEMOCRATIC -> democratic();
          case UNIT_RESULT -> sourced(inputs.unitResult());
        };
    if (value.isEmpty() && source != Source.REGULAR) {
      missing.add(source.name());
    }
    return value;
  }

  /** The mean of the half-year scores present; each half missing is listed. */
  private Optional<Value> regular() {
    String indicator = scheme.parameters().regularIndicator();
    List<Inputs.Score> halves = new ArrayList<>();
    for (String period : List.of("H1", "H2")) {
      inputs.scores().stream()
          .filter(s -> s.indicatorCode().equals(indicator) && period.equals(s.period()))
          .findFirst()
          .ifPresentOrElse(halves::add, () -> missing.add(indicator + "/" + period));
    }
    if (halves.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum =
        halves.stream().map(Inputs.Score::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(
        new Value(
            sum.divide(BigDecimal.valueOf(halves.size())),
            sorted(halves.stream().map(Inputs.Score::eventId))));
  }

  /**
   * The points of every graded ballot over their number; grades the scheme does not know count for
   * none.
   */
  private Optional<Value> democratic() {
    Map<String, BigDecimal> points = scheme.parameters().democraticPoints().of(scale);
    BigDecimal total = BigDecimal.ZERO;
    long ballots = 0;
    for (Inputs.Tally tally : inputs.ballots()) {
      for (Map.Entry<String, Integer> count : tally.gradeCounts().entrySet()) {
        if (points.containsKey(count.getKey())) {
          total =
              total.add(points.get(count.getKey()).multiply(BigDecimal.valueOf(count.getValue())));
          ballots += count.getValue();
        }
      }
    }
    if (ballots == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Value(
            total.divide(BigDecimal.valueOf(ballots), SCALE, ROUNDING),
            sorted(inputs.ballots().stream().map(Inputs.Tally::eventId))));
  }

  private static Optional<Value> sourced(Inputs.Sourced sourced) {
    return Optional.ofNullable(sourced).map(s -> new Value(s.value(), List.of(s.eventId())));
  }

  /**
   * Each finding's points within the caps, in the order of source, finding id and event id, so that
   * which finding a cap cuts is the same whatever order the findings came in.
   */
  private List<Deduction> deductions(DeductionCaps caps) {
    List<Inputs.Finding> findings =
        inputs.findings().stream()
            .filter(f -> f.deduction() != null && f.deduction().signum() > 0)
            .sorted(
                Comparator.comparing(Inputs.Finding::source)
                    .thenComparing(Inputs.Finding::findingId)
                    .thenComparing(Inputs.Finding::eventId))
            .toList();
    Map<String, BigDecimal> bySource = new HashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    List<Deduction> deductions = new ArrayList<>();
    for (Inputs.Finding finding : findings) {
      BigDecimal used = bySource.getOrDefault(finding.source(), BigDecimal.ZERO);
      BigDecimal points =
          Stream.of(
                  finding.deduction(),
                  caps.perFinding(),
                  caps.perSource().subtract(used),
                  caps.total().subtract(total))
              .min(Comparator.naturalOrder())
              .orElseThrow()
              .max(BigDecimal.ZERO);
      bySource.put(finding.source(), used.add(points));
      total = total.add(points);
      deductions.add(
          new Deduction(
              finding.findingId(),
              finding.source(),
              finding.deduction(),
              points,
              finding.eventId()));
    }
    return deductions;
  }

  private static BigDecimal sumOfContributions(List<ComponentResult> components) {
    return components.stream()
        .map(ComponentResult::contribution)
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Optional<ComponentResult> find(List<ComponentResult> components, String code) {
    for (ComponentResult component : components) {
      if (component.code().equals(code)) {
        return Optional.of(component);
      }
      Optional<ComponentResult> below = find(component.children(), code);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  private static List<String> sorted(Stream<String> ids) {
    return List.copyOf(ids.collect(TreeSet::new, TreeSet::add, TreeSet::addAll));
  }
}

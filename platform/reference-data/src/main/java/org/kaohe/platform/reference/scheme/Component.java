package org.kaohe.platform.reference.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A component of a scheme's tree: a node over further components, or a leaf taking its value from a
 * catalogue {@code indicator} or a {@link Source}. {@code weight} is its share of its parent.
 */
public record Component(
    String code,
    String name,
    BigDecimal weight,
    String indicator,
    Source source,
    List<Component> components) {

  public Component {
    components = List.copyOf(components);
  }

  public static Component node(
      String code, String name, BigDecimal weight, List<Component> components) {
    return new Component(code, name, weight, null, null, components);
  }

  public static Component indicator(String code, String name, BigDecimal weight) {
    return new Component(code, name, weight, code, null, List.of());
  }

  public static Component source(Source source, BigDecimal weight) {
    return new Component(source.name(), source.label(), weight, null, source, List.of());
  }

  public boolean isLeaf() {
    return components.isEmpty();
  }

  public Optional<Source> sourceOf() {
    return Optional.ofNullable(source);
  }

  public Optional<String> indicatorOf() {
    return Optional.ofNullable(indicator);
  }

  /** The same component with another weight. */
  public Component weighing(BigDecimal other) {
    return new Component(code, name, other, indicator, source, components);
  }

  /** This component and every component under it, depth first. */
  public Stream<Component> flatten() {
    return Stream.concat(Stream.of(this), components.stream().flatMap(Component::flatten));
  }
}

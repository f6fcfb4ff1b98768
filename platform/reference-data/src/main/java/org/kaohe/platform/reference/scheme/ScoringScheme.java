package org.kaohe.platform.reference.scheme;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.CadreRole;

/** The scoring scheme of one assessment year; {@code version} names it in every result. */
public record ScoringScheme(
    int year,
    String version,
    SchemeParameters parameters,
    List<UnitTree> unitTrees,
    Map<CadreRole, List<Component>> cadreTrees) {

  /** The code of the node that holds a unit tree's high-quality development. */
  public static final String HQD_NODE = "HQD";

  public ScoringScheme {
    unitTrees = List.copyOf(unitTrees);
    cadreTrees = Map.copyOf(cadreTrees);
  }

  public Optional<UnitTree> treeFor(AssessedUnit unit) {
    for (UnitTree tree : unitTrees) {
      if (tree.includes(unit)) {
        return Optional.of(tree);
      }
    }
    return Optional.empty();
  }

  public List<Component> cadreComponents(CadreRole role) {
    return cadreTrees.get(role);
  }

  /** Cadres are ranked among the cadres of the same role in units of the same category. */
  public static String cadrePeerGroup(AssessedUnit unit, CadreRole role) {
    return unit.category() + "/" + role;
  }
}

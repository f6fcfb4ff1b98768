package org.kaohe.platform.reference.scheme;

import java.util.List;
import java.util.Optional;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.UnitKind;

/**
 * The components of the units of some kinds, ranked together in {@code peerGroup}. A unit that is
 * not surveyed has no SURVEY component: its weight goes to the top-level component {@code
 * withoutSurvey}.
 */
public record UnitTree(
    List<UnitKind> appliesTo, String peerGroup, String withoutSurvey, List<Component> components) {

  public UnitTree {
    appliesTo = List.copyOf(appliesTo);
    components = List.copyOf(components);
  }

  public boolean includes(AssessedUnit unit) {
    for (UnitKind kind : appliesTo) {
      if (kind.includes(unit)) {
        return true;
      }
    }
    return false;
  }

  /** The top-level components as they weigh for a unit that is, or is not, surveyed. */
  public List<Component> components(boolean surveyed) {
    Optional<Component> survey =
        components.stream().filter(c -> c.source() == Source.SURVEY).findFirst();
    if (surveyed || survey.isEmpty()) {
      return components;
    }
    return components.stream()
        .filter(c -> c != survey.get())
        .map(
            c ->
                c.code().equals(withoutSurvey)
                    ? c.weighing(c.weight().add(survey.get().weight()))
                    : c)
        .toList();
  }
}

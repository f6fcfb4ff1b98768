package org.kaohe.results.engine;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.platform.reference.scheme.ScoringSchemes;
import org.kaohe.platform.reference.scheme.UnitTree;
import org.kaohe.results.inputs.InputsRepository;
import org.kaohe.results.inputs.SubjectInputs;
import org.kaohe.results.scoring.Inputs;

/**
 * Every result of a year at once, from inputs already set: the units' peer groups first, then each
 * unit's composite handed to its cadres, then the cadres' groups. This is the order the live path
 * follows for one event; over the final inputs it gives the results the live path ends with.
 */
public final class YearResults {
  private final ReferenceData reference;
  private final ScoringSchemes schemes;
  private final ResultBuilder builder;

  public YearResults(ReferenceData reference, ScoringSchemes schemes, ResultBuilder builder) {
    this.reference = reference;
    this.schemes = schemes;
    this.builder = builder;
  }

  /** Each subject's result by key; empty for a year without a scheme. */
  public SortedMap<String, ResultBuilder.Computed> compute(InputsRepository inputs, int year) {
    SortedMap<String, ResultBuilder.Computed> results = new TreeMap<>();
    ScoringScheme scheme = schemes.of(year).orElse(null);
    if (scheme == null) {
      return results;
    }
    Set<String> unitGroups = new LinkedHashSet<>();
    reference
        .units()
        .forEach(u -> scheme.treeFor(u).map(UnitTree::peerGroup).ifPresent(unitGroups::add));
    Set<String> cadreGroups = new LinkedHashSet<>();
    for (String group : unitGroups) {
      for (ResultBuilder.Computed computed :
          builder.peerGroup(inputs, SubjectInputs.UNIT, group, year)) {
        results.put(computed.subject().key(), computed);
        BigDecimal composite = computed.composite().composite();
        for (SubjectInputs cadre :
            builder.unitResultOfCadres(inputs, computed.subject(), sourced(computed, composite))) {
          cadreGroups.add(cadre.peerGroup());
        }
      }
    }
    inputs.peerGroupsOf(SubjectInputs.CADRE, year).forEach(cadreGroups::add);
    for (String group : cadreGroups) {
      for (ResultBuilder.Computed computed :
          builder.peerGroup(inputs, SubjectInputs.CADRE, group, year)) {
        results.put(computed.subject().key(), computed);
      }
    }
    return results;
  }

  /** A unit's composite as its cadres take it: named by the unit's key, the same in every run. */
  static Inputs.Sourced sourced(ResultBuilder.Computed unit, BigDecimal composite) {
    return composite == null ? null : new Inputs.Sourced(composite, unit.subject().key());
  }

  /** The ids of a year's results, one line per subject in key order. */
  public static List<String> lines(SortedMap<String, String> resultIds) {
    return resultIds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
  }
}

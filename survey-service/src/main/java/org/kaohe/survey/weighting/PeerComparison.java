package org.kaohe.survey.weighting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compares units with their peer group (cities with cities, counties with counties, departments
 * with departments) and with the province.
 *
 * <p>A group's score is the plain mean of its units' weighted scores: every unit counts once,
 * whatever its population or sample size, because the comparison is between the assessed units, not
 * an estimate for the people of the group. The units are all of the group rather than a sample of
 * it and each was surveyed independently, so the only uncertainty is each unit's own sampling error
 * and the variances add: {@code SE(mean) = √(Σ SEᵢ²) / m} over the group's m estimated units. A
 * unit's difference from its group's mean, {@code yᵢ − ȳ}, has {@code SE = √(((m−1)/m)² SEᵢ² + Σⱼ≠ᵢ
 * SEⱼ² / m²)}, since the unit is part of the mean. Margins are 95%. Units without an estimate are
 * left out of every mean and counted.
 */
public final class PeerComparison {

  private PeerComparison() {}

  /**
   * A group's mean of its units' weighted scores.
   *
   * @param estimatedUnits the units whose estimate enters the mean
   * @param unitsWithoutEstimate the group's units without an estimate
   */
  public record GroupEstimate(
      String group,
      int estimatedUnits,
      int unitsWithoutEstimate,
      double meanScore,
      double marginOfError) {}

  /** A unit's weighted score against its peer group's mean, and the margin of the difference. */
  public record UnitDifference(
      String unitCode,
      String peerGroup,
      double weightedScore,
      double peerGroupMean,
      double difference,
      double marginOfError) {}

  /**
   * The whole comparison.
   *
   * @param province the mean over every estimated unit; empty when no unit has an estimate
   * @param peerGroups the groups with at least one estimated unit
   * @param groupsWithoutEstimate the other groups, with their number of units
   * @param units every estimated unit's difference from its group
   */
  public record Comparison(
      Optional<GroupEstimate> province,
      SortedMap<String, GroupEstimate> peerGroups,
      SortedMap<String, Integer> groupsWithoutEstimate,
      SortedMap<String, UnitDifference> units) {

    public Comparison {
      peerGroups = Collections.unmodifiableSortedMap(new TreeMap<>(peerGroups));
      groupsWithoutEstimate =
          Collections.unmodifiableSortedMap(new TreeMap<>(groupsWithoutEstimate));
      units = Collections.unmodifiableSortedMap(new TreeMap<>(units));
    }
  }

  /** The group every unit in the province belongs to for the province-wide mean. */
  public static final String PROVINCE = "province";

  /**
   * Compares every unit with its peer group and the province.
   *
   * @param peerGroupOf each unit's peer group, by unit code; every result's unit must have one
   */
  public static Comparison compare(
      Collection<? extends UnitResult> results, Map<String, String> peerGroupOf) {
    var sorted = new ArrayList<UnitResult>(results);
    sorted.sort(Comparator.comparing(UnitResult::unitCode));
    var byGroup = new TreeMap<String, List<UnitResult>>();
    for (UnitResult result : sorted) {
      String group = peerGroupOf.get(result.unitCode());
      if (group == null) {
        throw new IllegalArgumentException("unit " + result.unitCode() + " has no peer group");
      }
      byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(result);
    }
    var groups = new TreeMap<String, GroupEstimate>();
    var withoutEstimate = new TreeMap<String, Integer>();
    var units = new TreeMap<String, UnitDifference>();
    byGroup.forEach(
        (group, members) -> {
          Optional<GroupEstimate> estimate = groupEstimate(group, members);
          if (estimate.isEmpty()) {
            withoutEstimate.put(group, members.size());
            return;
          }
          groups.put(group, estimate.get());
          units.putAll(differences(group, members, estimate.get()));
        });
    return new Comparison(groupEstimate(PROVINCE, sorted), groups, withoutEstimate, units);
  }

  private static List<UnitEstimate> estimated(List<UnitResult> members) {
    var estimates = new ArrayList<UnitEstimate>();
    for (UnitResult member : members) {
      if (member instanceof UnitEstimate estimate) {
        estimates.add(estimate);
      }
    }
    return estimates;
  }

  private static Optional<GroupEstimate> groupEstimate(String group, List<UnitResult> members) {
    List<UnitEstimate> estimates = estimated(members);
    int m = estimates.size();
    if (m == 0) {
      return Optional.empty();
    }
    double sum = 0;
    double variances = 0;
    for (UnitEstimate estimate : estimates) {
      sum += estimate.weightedScore();
      variances += estimate.standardError() * estimate.standardError();
    }
    return Optional.of(
        new GroupEstimate(
            group, m, members.size() - m, sum / m, Confidence.Z * Math.sqrt(variances) / m));
  }

  private static Map<String, UnitDifference> differences(
      String group, List<UnitResult> members, GroupEstimate mean) {
    List<UnitEstimate> estimates = estimated(members);
    int m = estimates.size();
    double variances = 0;
    for (UnitEstimate estimate : estimates) {
      variances += estimate.standardError() * estimate.standardError();
    }
    var differences = new TreeMap<String, UnitDifference>();
    for (UnitEstimate estimate : estimates) {
      double own = estimate.standardError() * estimate.standardError();
      double others = variances - own;
      double share = (m - 1.0) / m;
      double variance = share * share * own + others / ((double) m * m);
      differences.put(
          estimate.unitCode(),
          new UnitDifference(
              estimate.unitCode(),
              group,
              estimate.weightedScore(),
              mean.meanScore(),
              estimate.weightedScore() - mean.meanScore(),
              Confidence.Z * Math.sqrt(Math.max(0, variance))));
    }
    return differences;
  }
}

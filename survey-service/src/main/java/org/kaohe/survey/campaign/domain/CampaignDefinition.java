package org.kaohe.survey.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.kaohe.events.ids.CampaignId;
import org.kaohe.events.validation.CalendarInstants;

/**
 * What a campaign surveys and how its results are computed, fixed when the campaign opens.
 *
 * @param units the units surveyed
 * @param items the questionnaire
 * @param minimumRequiredShare a partial response (some required items unanswered) counts when it
 *     answers at least this share of the required items
 * @param demographics the respondents' demographic dimensions and their categories, e.g. {@code
 *     ageBand: [18-34, 35-59, 60+]}; every response names a category of each
 * @param defaultTargets the population share of each category of each dimension, for every unit
 *     without targets of its own; empty: equal weights
 * @param targets per unit code, the unit's own population shares
 * @param defaultQuota the minimum number of counted responses for a unit without a quota of its own
 * @param quotas per unit code, its own minimum
 * @param fieldworkOpens the first instant a response may have been collected
 * @param fieldworkCloses the instant after which no response may have been collected
 * @param teams per survey-team agency, the units it collects for
 */
public record CampaignDefinition(
    int year,
    int wave,
    List<String> units,
    List<Item> items,
    BigDecimal minimumRequiredShare,
    SortedMap<String, List<String>> demographics,
    SortedMap<String, SortedMap<String, BigDecimal>> defaultTargets,
    SortedMap<String, SortedMap<String, SortedMap<String, BigDecimal>>> targets,
    int defaultQuota,
    SortedMap<String, Integer> quotas,
    Instant fieldworkOpens,
    Instant fieldworkCloses,
    SortedMap<String, List<String>> teams,
    WeightingSettings weighting) {

  /** Shares of one dimension may miss 1 by this much (rounding in published tables). */
  static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.001");

  public int quotaOf(String unitCode) {
    return quotas.getOrDefault(unitCode, defaultQuota);
  }

  /** The unit's population shares: its own, else the campaign's default. */
  public SortedMap<String, SortedMap<String, BigDecimal>> targetsOf(String unitCode) {
    return targets.getOrDefault(unitCode, defaultTargets);
  }

  public Optional<Item> item(String code) {
    return items.stream().filter(item -> item.code().equals(code)).findFirst();
  }

  /** Whether the survey team collects for the unit. */
  public boolean assigned(String agency, String unitCode) {
    return teams.getOrDefault(agency, List.of()).contains(unitCode);
  }

  /**
   * @throws CampaignRefused listing every problem of the definition, if it has any
   */
  public void requireValid(CampaignId campaignId) {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw CampaignRefused.invalid(
          "campaign " + campaignId + " has " + problems.size() + " problem(s)", problems);
    }
  }

  /** Everything wrong with the definition, each as a sentence naming the field; empty if none. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Set<String> unitSet = new HashSet<>(units);
    if (unitSet.size() != units.size()) {
      problems.add("units: a unit is listed twice");
    }
    if (items.isEmpty()) {
      problems.add("items: a questionnaire needs at least one item");
    }
    Set<String> codes = new HashSet<>();
    for (Item item : items) {
      if (!codes.add(item.code())) {
        problems.add("items: item " + item.code() + " is defined twice");
      }
      if (item.min() >= item.max()) {
        problems.add(
            "items: item "
                + item.code()
                + " has scale "
                + item.min()
                + "-"
                + item.max()
                + "; its minimum must be below its maximum");
      }
    }
    if (minimumRequiredShare.signum() < 0 || minimumRequiredShare.compareTo(BigDecimal.ONE) > 0) {
      problems.add("minimumRequiredShare: must be between 0 and 1, got " + minimumRequiredShare);
    }
    demographics.forEach(
        (dimension, categories) -> {
          if (categories.isEmpty() || new HashSet<>(categories).size() != categories.size()) {
            problems.add(
                "demographics: " + dimension + " needs distinct categories, got " + categories);
          }
        });
    checkTargets("defaultTargets", defaultTargets, problems);
    targets.forEach(
        (unit, shares) -> {
          if (!unitSet.contains(unit)) {
            problems.add("targets: " + unit + " is not a unit of the campaign");
          }
          checkTargets("targets." + unit, shares, problems);
        });
    if (defaultQuota < 1) {
      problems.add("defaultQuota: must be at least 1, got " + defaultQuota);
    }
    quotas.forEach(
        (unit, quota) -> {
          if (!unitSet.contains(unit)) {
            problems.add("quotas: " + unit + " is not a unit of the campaign");
          } else if (quota < 1) {
            problems.add("quotas: " + unit + " must be at least 1, got " + quota);
          }
        });
    if (!fieldworkOpens.isBefore(fieldworkCloses)) {
      problems.add("fieldworkCloses: must be after fieldworkOpens");
    }
    // A response is stored with the date it was collected, within the fieldwork.
    if (!CalendarInstants.contains(fieldworkOpens) || !CalendarInstants.contains(fieldworkCloses)) {
      problems.add("fieldworkOpens: the fieldwork must lie " + CalendarInstants.RANGE);
    }
    teams.forEach(
        (team, teamUnits) -> {
          List<String> unknown =
              teamUnits.stream().filter(unit -> !unitSet.contains(unit)).sorted().toList();
          if (!unknown.isEmpty()) {
            problems.add("teams: " + team + " is assigned units outside the campaign: " + unknown);
          }
        });
    checkWeighting(problems);
    return problems;
  }

  void checkTargets(
      String field, Map<String, SortedMap<String, BigDecimal>> shares, List<String> problems) {
    shares.forEach(
        (dimension, categories) -> {
          List<String> known = demographics.get(dimension);
          if (known == null) {
            problems.add(field + ": " + dimension + " is not a demographic dimension");
            return;
          }
          Set<String> unknown =
              categories.keySet().stream()
                  .filter(category -> !known.contains(category))
                  .collect(Collectors.toCollection(java.util.TreeSet::new));
          if (!unknown.isEmpty()) {
            problems.add(field + "." + dimension + ": unknown categories " + unknown);
          }
          List<String> unlisted =
              known.stream().filter(category -> !categories.containsKey(category)).toList();
          if (!unlisted.isEmpty()) {
            problems.add(
                field
                    + "."
                    + dimension
                    + ": every category needs its population share (0 if none), missing "
                    + unlisted);
          }
          if (categories.values().stream().anyMatch(share -> share.signum() < 0)) {
            problems.add(field + "." + dimension + ": a population share cannot be negative");
          }
          BigDecimal sum = categories.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          if (sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
            problems.add(
                field + "." + dimension + ": population shares must sum to 1, they sum to " + sum);
          }
        });
  }

  private void checkWeighting(List<String> problems) {
    if (weighting.tolerance().signum() <= 0) {
      problems.add("weighting.tolerance: must be positive");
    }
    if (weighting.maxIterations() < 1 || weighting.maxIterations() > 10_000) {
      problems.add("weighting.maxIterations: must be between 1 and 10000");
    }
    if (weighting.trimLower().signum() <= 0
        || weighting.trimLower().compareTo(BigDecimal.ONE) > 0
        || weighting.trimUpper().compareTo(BigDecimal.ONE) < 0) {
      problems.add("weighting: trimLower must be in (0, 1] and trimUpper at least 1");
    }
  }
}

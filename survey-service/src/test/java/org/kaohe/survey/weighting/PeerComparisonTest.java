package org.kaohe.survey.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kaohe.survey.weighting.PeerComparison.GroupEstimate;

class PeerComparisonTest {

  private static final double Z = Confidence.Z;

  private static UnitEstimate estimate(String unit, double score, double standardError) {
    return new UnitEstimate(
        unit,
        600,
        577,
        score,
        score,
        standardError,
        Z * standardError,
        500,
        1.2,
        new TreeMap<>(),
        new UnitEstimate.WeightingSummary(5, 0, 0.5, 2));
  }

  private static UnitNotEstimated notEstimated(String unit) {
    return new UnitNotEstimated(unit, 0, 577, OptionalDouble.empty(), "no respondents");
  }

  private static final Map<String, String> GROUPS =
      Map.of(
          "A", "city", "B", "city", "C", "city", "D", "county", "E", "county", "F", "department");

  private final PeerComparison.Comparison comparison =
      PeerComparison.compare(
          List.of(
              estimate("C", 80, 2),
              estimate("A", 70, 2),
              estimate("B", 60, 1),
              estimate("D", 50, 3),
              notEstimated("E"),
              notEstimated("F")),
          GROUPS);

  @Test
  void aGroupsScoreIsTheMeanOfItsUnitsWithTheirSamplingErrorsAdded() {
    // Cities: (70 + 60 + 80) / 3 = 70, SE √(2² + 1² + 2²) / 3 = 1.
    assertThat(comparison.peerGroups().get("city"))
        .usingRecursiveComparison()
        .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : 1, Double.class)
        .isEqualTo(new GroupEstimate("city", 3, 0, 70, Z));
  }

  @Test
  void unitsWithoutEstimateAreLeftOutOfTheMeanAndCounted() {
    assertThat(comparison.peerGroups().get("county"))
        .isEqualTo(new GroupEstimate("county", 1, 1, 50, Z * 3));
    assertThat(comparison.groupsWithoutEstimate()).isEqualTo(Map.of("department", 1));
    assertThat(comparison.peerGroups()).containsOnlyKeys("city", "county");
  }

  @Test
  void theProvinceIsTheMeanOfEveryEstimatedUnit() {
    // (70 + 60 + 80 + 50) / 4 = 65, SE √(4 + 1 + 4 + 9) / 4.
    GroupEstimate province = comparison.province().orElseThrow();

    assertThat(province.group()).isEqualTo("province");
    assertThat(province.estimatedUnits()).isEqualTo(4);
    assertThat(province.unitsWithoutEstimate()).isEqualTo(2);
    assertThat(province.meanScore()).isEqualTo(65.0);
    assertThat(province.marginOfError()).isCloseTo(Z * Math.sqrt(18) / 4, within(1e-12));
  }

  @Test
  void aUnitsDifferenceFromItsGroupCountsItsOwnShareOfTheGroupMean() {
    // B: 60 − 70 = −10, SE² = (2/3)² · 1² + (2² + 2²) / 3² = 12/9.
    var b = comparison.units().get("B");
    assertThat(b.peerGroup()).isEqualTo("city");
    assertThat(b.weightedScore()).isEqualTo(60.0);
    assertThat(b.peerGroupMean()).isEqualTo(70.0);
    assertThat(b.difference()).isEqualTo(-10.0);
    assertThat(b.marginOfError()).isCloseTo(Z * Math.sqrt(12.0 / 9), within(1e-12));
    // A: SE² = (2/3)² · 2² + (1² + 2²) / 3² = 21/9.
    assertThat(comparison.units().get("A").marginOfError())
        .isCloseTo(Z * Math.sqrt(21.0 / 9), within(1e-12));
    // D is alone among the counties with an estimate: it is its group's mean.
    assertThat(comparison.units().get("D").difference()).isZero();
    assertThat(comparison.units().get("D").marginOfError()).isZero();
    assertThat(comparison.units()).containsOnlyKeys("A", "B", "C", "D");
  }

  @Test
  void withoutAnyEstimateThereIsNoProvinceMean() {
    var none = PeerComparison.compare(List.of(notEstimated("F")), GROUPS);

    assertThat(none.province()).isEmpty();
    assertThat(none.units()).isEmpty();
  }

  @Test
  void aUnitWithoutPeerGroupIsAProgrammingError() {
    assertThatThrownBy(() -> PeerComparison.compare(List.of(estimate("Z", 50, 1)), GROUPS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit Z has no peer group");
  }
}

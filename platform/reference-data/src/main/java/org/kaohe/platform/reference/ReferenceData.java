package org.kaohe.platform.reference;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The units, agencies, cadres, indicator catalogues and veto items, as read from the reference
 * files.
 */
public final class ReferenceData {
  private final Map<String, AssessedUnit> units;
  private final Map<String, Agency> agencies;
  private final Map<String, Cadre> cadres;
  private final NavigableMap<Integer, IndicatorCatalogue> catalogues = new TreeMap<>();
  private final VetoItems vetoItems;

  public ReferenceData(
      List<AssessedUnit> units,
      List<Agency> agencies,
      List<Cadre> cadres,
      List<IndicatorCatalogue> catalogues,
      VetoItems vetoItems) {
    this.units = byCode(units, unit -> unit.code().value());
    this.agencies = byCode(agencies, agency -> agency.code().value());
    this.cadres = byCode(cadres, cadre -> cadre.code().value());
    catalogues.forEach(catalogue -> this.catalogues.put(catalogue.year(), catalogue));
    this.vetoItems = vetoItems;
  }

  public List<AssessedUnit> units() {
    return List.copyOf(units.values());
  }

  /** The units of the yearly public-opinion survey, in the file's order. */
  public List<AssessedUnit> surveyedUnits() {
    return units.values().stream().filter(AssessedUnit::surveyed).toList();
  }

  public Optional<AssessedUnit> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  public List<Agency> agencies() {
    return List.copyOf(agencies.values());
  }

  public Optional<Agency> agency(String code) {
    return Optional.ofNullable(agencies.get(code));
  }

  public List<Cadre> cadres() {
    return List.copyOf(cadres.values());
  }

  public Optional<Cadre> cadre(String code) {
    return Optional.ofNullable(cadres.get(code));
  }

  /** The unit's cadres, principal first. */
  public List<Cadre> cadresOf(String unitCode) {
    return cadres.values().stream()
        .filter(cadre -> cadre.unitCode().value().equals(unitCode))
        .sorted(Comparator.comparing(Cadre::role))
        .toList();
  }

  public Optional<IndicatorCatalogue> catalogue(int year) {
    return Optional.ofNullable(catalogues.get(year));
  }

  /** Every catalogued year, in order. */
  public Set<Integer> years() {
    return Collections.unmodifiableNavigableSet(catalogues.navigableKeySet());
  }

  public List<IndicatorCatalogue> catalogues() {
    return List.copyOf(catalogues.values());
  }

  public VetoItems vetoItems() {
    return vetoItems;
  }

  private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
    Map<String, T> byCode = new LinkedHashMap<>();
    items.forEach(item -> byCode.put(code.apply(item), item));
    return byCode;
  }
}

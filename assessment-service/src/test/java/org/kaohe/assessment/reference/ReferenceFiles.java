package org.kaohe.assessment.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The shipped reference files, and files written in a test. */
public final class ReferenceFiles {
  private ReferenceFiles() {}

  /** The reference data as the service reads it from the shipped files. */
  public static ReferenceData shippedData() {
    return new ReferenceData(
        shippedUnits(), shippedAgencies(), shippedCadres(), shippedCatalogues());
  }

  static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static InputStream shipped(String name) {
    return ReferenceFiles.class.getResourceAsStream("/reference/" + name);
  }

  static List<AssessedUnit> shippedUnits() {
    try (InputStream in = shipped("units.csv")) {
      return UnitsCsv.read(in, "units.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Agency> shippedAgencies() {
    try (InputStream in = shipped("agencies.csv")) {
      return AgenciesCsv.read(in, "agencies.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> shippedAgencyCodes() {
    return shippedAgencies().stream().map(a -> a.code().value()).collect(Collectors.toSet());
  }

  static List<IndicatorCatalogue> shippedCatalogues() {
    try (InputStream in = shipped("indicators.yml")) {
      return IndicatorCatalogueYaml.read(in, "indicators.yml", shippedAgencyCodes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Cadre> shippedCadres() {
    Set<String> units =
        shippedUnits().stream().map(u -> u.code().value()).collect(Collectors.toSet());
    try (InputStream in = shipped("cadres.csv")) {
      return CadresCsv.read(in, "cadres.csv", units);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<VetoItem> shippedVetoItems() {
    try (InputStream in = shipped("veto-items.csv")) {
      return VetoItemsCsv.read(in, "veto-items.csv", shippedAgencyCodes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReferenceData shippedReference() {
    return new ReferenceData(
        shippedUnits(), shippedAgencies(), shippedCadres(), shippedCatalogues());
  }
}

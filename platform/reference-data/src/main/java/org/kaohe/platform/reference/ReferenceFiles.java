package org.kaohe.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The five reference files by name, read in the order their checks need: agencies before the
 * catalogues and veto items that name them, units before the cadres that belong to them.
 */
public final class ReferenceFiles {
  public static final String UNITS = "units.csv";
  public static final String AGENCIES = "agencies.csv";
  public static final String CADRES = "cadres.csv";
  public static final String INDICATORS = "indicators.yml";
  public static final String VETO_ITEMS = "veto-items.csv";
  public static final List<String> NAMES = List.of(UNITS, AGENCIES, CADRES, INDICATORS, VETO_ITEMS);

  /**
   * The scoring schemes, read after the files of {@link #NAMES}, which they are checked against, by
   * {@code org.kaohe.platform.reference.scheme.ScoringSchemes}.
   */
  public static final String SCHEMES = "schemes.yml";

  /** One file to read; {@code description} names it in every problem reported. */
  public interface Source {
    InputStream open() throws IOException;

    String description();
  }

  private ReferenceFiles() {}

  /**
   * @param sources the source of each file of {@link #NAMES}
   * @throws InvalidReferenceFile listing every problem of the first bad file
   */
  public static ReferenceData read(Function<String, Source> sources) throws IOException {
    List<AssessedUnit> units = read(sources.apply(UNITS), UnitsCsv::read);
    List<Agency> agencies = read(sources.apply(AGENCIES), AgenciesCsv::read);
    Set<String> agencyCodes = codes(agencies, agency -> agency.code().value());
    Set<String> unitCodes = codes(units, unit -> unit.code().value());
    List<Cadre> cadres =
        read(sources.apply(CADRES), (in, origin) -> CadresCsv.read(in, origin, unitCodes));
    List<IndicatorCatalogue> catalogues =
        read(
            sources.apply(INDICATORS),
            (in, origin) -> IndicatorCatalogueYaml.read(in, origin, agencyCodes));
    List<VetoItem> vetoItems =
        read(sources.apply(VETO_ITEMS), (in, origin) -> VetoItemsCsv.read(in, origin, agencyCodes));
    return new ReferenceData(units, agencies, cadres, catalogues, new VetoItems(vetoItems));
  }

  /** The files shipped in this module. */
  public static ReferenceData shipped() {
    try {
      return read(ReferenceFiles::shipped);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped file of that name, on the class path under {@code reference/}. */
  public static Source shipped(String name) {
    return new Source() {
      @Override
      public InputStream open() throws IOException {
        InputStream in = ReferenceFiles.class.getResourceAsStream("/reference/" + name);
        if (in == null) {
          throw new IOException("no shipped reference file " + name);
        }
        return in;
      }

      @Override
      public String description() {
        return "class path resource [reference/" + name + "]";
      }
    };
  }

  private interface Reader<T> {
    T read(InputStream in, String origin) throws IOException;
  }

  private static <T> T read(Source source, Reader<T> reader) throws IOException {
    try (InputStream in = source.open()) {
      return reader.read(in, source.description());
    }
  }

  private static <T> Set<String> codes(List<T> items, Function<T, String> code) {
    return items.stream().map(code).collect(Collectors.toSet());
  }
}

package org.kaohe.assessment.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaohe.assessment.reference.AgenciesCsv;
import org.kaohe.assessment.reference.Agency;
import org.kaohe.assessment.reference.AssessedUnit;
import org.kaohe.assessment.reference.Cadre;
import org.kaohe.assessment.reference.CadresCsv;
import org.kaohe.assessment.reference.IndicatorCatalogue;
import org.kaohe.assessment.reference.IndicatorCatalogueYaml;
import org.kaohe.assessment.reference.ReferenceData;
import org.kaohe.assessment.reference.ReferenceQueries;
import org.kaohe.assessment.reference.ScoreSubmissionCheck;
import org.kaohe.assessment.reference.UnitsCsv;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The reference files, read once at start-up from {@code kaohe.reference.*-file} (the shipped
 * files, or an operator's); a bad file stops the start.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

  @Bean
  ReferenceData referenceData(
      @Value("${kaohe.reference.units-file}") Resource unitsFile,
      @Value("${kaohe.reference.agencies-file}") Resource agenciesFile,
      @Value("${kaohe.reference.cadres-file}") Resource cadresFile,
      @Value("${kaohe.reference.indicators-file}") Resource indicatorsFile)
      throws IOException {
    List<AssessedUnit> units = read(unitsFile, UnitsCsv::read);
    List<Agency> agencies = read(agenciesFile, AgenciesCsv::read);
    Set<String> agencyCodes =
        agencies.stream().map(agency -> agency.code().value()).collect(Collectors.toSet());
    List<IndicatorCatalogue> catalogues =
        read(indicatorsFile, (in, origin) -> IndicatorCatalogueYaml.read(in, origin, agencyCodes));
    Set<String> unitCodes =
        units.stream().map(unit -> unit.code().value()).collect(Collectors.toSet());
    List<Cadre> cadres = read(cadresFile, (in, origin) -> CadresCsv.read(in, origin, unitCodes));
    return new ReferenceData(units, agencies, cadres, catalogues);
  }

  @Bean
  ScoreSubmissionCheck scoreSubmissionCheck(ReferenceData referenceData) {
    return new ScoreSubmissionCheck(referenceData);
  }

  @Bean
  ReferenceQueries referenceQueries(ReferenceData referenceData) {
    return new ReferenceQueries(referenceData);
  }

  interface FileReader<T> {
    T read(InputStream in, String origin) throws IOException;
  }

  static <T> T read(Resource file, FileReader<T> reader) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return reader.read(in, file.getDescription());
    }
  }
}

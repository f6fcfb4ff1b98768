package org.kaohe.platform.reference.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.reference.VetoItems;
import org.kaohe.platform.reference.scheme.ScoringSchemes;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The reference data and scoring schemes of every service, read once at start-up; a bad file stops
 * the start. Each file is taken from {@code kaohe.reference.<name>-file} when set (e.g. {@code
 * KAOHE_REFERENCE_UNITS_FILE}), else from the directory {@code kaohe.reference.dir} ({@code
 * KAOHE_REFERENCE_DIR}) when it holds a file of that name, else the shipped one.
 */
@AutoConfiguration
public class ReferenceDataAutoConfiguration {
  public static final String PREFIX = "kaohe.reference.";

  @Bean
  @ConditionalOnMissingBean
  ReferenceData referenceData(Environment environment, ResourceLoader loader) throws IOException {
    return ReferenceFiles.read(name -> source(environment, loader, name));
  }

  /** The scoring schemes, checked at start-up against the units and catalogues. */
  @Bean
  @ConditionalOnMissingBean
  ScoringSchemes scoringSchemes(
      ReferenceData referenceData, Environment environment, ResourceLoader loader)
      throws IOException {
    return ScoringSchemes.read(source(environment, loader, ReferenceFiles.SCHEMES), referenceData);
  }

  @Bean
  @ConditionalOnMissingBean
  VetoItems vetoItems(ReferenceData referenceData) {
    return referenceData.vetoItems();
  }

  /** E.g. {@code veto-items-file} for {@code veto-items.csv}. */
  static String fileProperty(String name) {
    return name.substring(0, name.indexOf('.')) + "-file";
  }

  private static ReferenceFiles.Source source(
      Environment environment, ResourceLoader loader, String name) {
    String location = environment.getProperty(PREFIX + fileProperty(name));
    if (location != null && !location.isBlank()) {
      return of(loader.getResource(location));
    }
    String dir = environment.getProperty(PREFIX + "dir");
    if (dir != null && !dir.isBlank() && Files.isRegularFile(Path.of(dir, name))) {
      return of(new FileSystemResource(Path.of(dir, name)));
    }
    return ReferenceFiles.shipped(name);
  }

  private static ReferenceFiles.Source of(Resource resource) {
    return new ReferenceFiles.Source() {
      @Override
      public InputStream open() throws IOException {
        return resource.getInputStream();
      }

      @Override
      public String description() {
        return resource.getDescription();
      }
    };
  }
}

package org.kaohe.assessment.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.assessment.reference.AgenciesCsv;
import org.kaohe.assessment.reference.InvalidReferenceFile;
import org.kaohe.assessment.reference.ReferenceData;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ReferenceConfigurationTest {
  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(ReferenceConfiguration.class)
          .withPropertyValues(
              "kaohe.reference.units-file=classpath:reference/units.csv",
              "kaohe.reference.agencies-file=classpath:reference/agencies.csv",
              "kaohe.reference.cadres-file=classpath:reference/cadres.csv",
              "kaohe.reference.indicators-file=classpath:reference/indicators.yml");

  @Test
  void theShippedFilesAreLoadedAtStartUp() {
    context.run(
        started -> {
          ReferenceData reference = started.getBean(ReferenceData.class);
          assertThat(reference.units()).hasSize(130);
          assertThat(reference.years()).containsExactly(2026);
        });
  }

  @Test
  void anOperatorsFileReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    Path agencies = dir.resolve("agencies.csv");
    Files.writeString(
        agencies, AgenciesCsv.HEADER + "\nPROV-STATS,省统计局,Statistics\nPROV-ORG,省委组织部,\n");
    String[] catalogue = {
      "catalogues:",
      "  - year: 2027",
      "    groups:",
      "      - code: HQD",
      "        name: 高质量发展",
      "        indicators:",
      "          - {code: HQD-ECONOMY, name: 经济建设, scale: {min: 0, max: 100, decimals: 2},"
          + " applies_to: [CITY], responsible_agency: PROV-STATS}"
    };
    Path indicators = dir.resolve("indicators.yml");
    Files.writeString(indicators, String.join("\n", catalogue));

    context
        .withPropertyValues(
            "kaohe.reference.agencies-file=" + agencies.toUri(),
            "kaohe.reference.indicators-file=" + indicators.toUri())
        .run(
            started -> {
              ReferenceData reference = started.getBean(ReferenceData.class);
              assertThat(reference.agencies()).hasSize(2);
              assertThat(reference.years()).containsExactly(2027);
            });
  }

  @Test
  void aBadFileStopsTheStartNamingItsLines(@TempDir Path dir) throws IOException {
    Path agencies = dir.resolve("agencies.csv");
    Files.writeString(agencies, AgenciesCsv.HEADER + "\nPROV-STATS,省统计局\n");

    context
        .withPropertyValues("kaohe.reference.agencies-file=" + agencies.toUri())
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(started.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(InvalidReferenceFile.class)
                  .hasMessageContaining("agencies.csv")
                  .hasMessageEndingWith(
                      "line 2: expected 3 fields (" + AgenciesCsv.HEADER + "), found 2");
              FailureAnalysis analysis =
                  new InvalidReferenceFileFailureAnalyzer().analyze(started.getStartupFailure());
              assertThat(analysis.getDescription()).contains("line 2: expected 3 fields");
              assertThat(analysis.getAction()).contains("KAOHE_REFERENCE_AGENCIES_FILE");
            });
  }
}

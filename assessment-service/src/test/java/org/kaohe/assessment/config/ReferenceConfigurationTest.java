package org.kaohe.assessment.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.assessment.config.ReferenceFilesContext.assertStartFailedOn;
import static org.kaohe.assessment.config.ReferenceFilesContext.operatorsFile;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.assessment.reference.AgenciesCsv;
import org.kaohe.assessment.reference.ReferenceData;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ReferenceConfigurationTest {
  private final ApplicationContextRunner context =
      ReferenceFilesContext.onShippedFiles(ReferenceConfiguration.class);

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

    context
        .withPropertyValues(
            operatorsFile(
                dir,
                "agencies-file",
                "agencies.csv",
                AgenciesCsv.HEADER + "\nPROV-STATS,省统计局,Statistics\nPROV-ORG,省委组织部,\n"),
            operatorsFile(dir, "indicators-file", "indicators.yml", String.join("\n", catalogue)))
        .run(
            started -> {
              ReferenceData reference = started.getBean(ReferenceData.class);
              assertThat(reference.agencies()).hasSize(2);
              assertThat(reference.years()).containsExactly(2027);
            });
  }

  @Test
  void aBadFileStopsTheStartNamingItsLines(@TempDir Path dir) throws IOException {
    context
        .withPropertyValues(
            operatorsFile(
                dir, "agencies-file", "agencies.csv", AgenciesCsv.HEADER + "\nPROV-STATS,省统计局\n"))
        .run(
            started -> {
              FailureAnalysis analysis =
                  assertStartFailedOn(
                      started,
                      "agencies.csv",
                      "line 2: expected 3 fields (" + AgenciesCsv.HEADER + "), found 2",
                      "KAOHE_REFERENCE_AGENCIES_FILE");
              assertThat(analysis.getDescription()).contains("line 2: expected 3 fields");
            });
  }
}

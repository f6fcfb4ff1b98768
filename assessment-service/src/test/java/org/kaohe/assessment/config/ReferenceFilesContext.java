package org.kaohe.assessment.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kaohe.assessment.reference.InvalidReferenceFile;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Starts reference configurations on the shipped reference files, or on an operator's. */
final class ReferenceFilesContext {
  private ReferenceFilesContext() {}

  /** The configurations, every reference file property pointing at the shipped file. */
  static ApplicationContextRunner onShippedFiles(Class<?>... configurations) {
    return new ApplicationContextRunner()
        .withUserConfiguration(configurations)
        .withPropertyValues(
            "kaohe.reference.units-file=classpath:reference/units.csv",
            "kaohe.reference.agencies-file=classpath:reference/agencies.csv",
            "kaohe.reference.cadres-file=classpath:reference/cadres.csv",
            "kaohe.reference.indicators-file=classpath:reference/indicators.yml",
            "kaohe.reference.veto-items-file=classpath:reference/veto-items.csv");
  }

  /**
   * Writes an operator's file into the directory; the property value pointing the service at it,
   * such as {@code kaohe.reference.agencies-file=file:/...}.
   */
  static String operatorsFile(Path dir, String property, String fileName, String content)
      throws IOException {
    Path file = Files.writeString(dir.resolve(fileName), content);
    return "kaohe.reference." + property + "=" + file.toUri();
  }

  /**
   * Asserts that the start failed on the named file, its message ending with the problem; the
   * failure analysis, which names the environment variable that points at the file.
   */
  static FailureAnalysis assertStartFailedOn(
      AssertableApplicationContext started, String fileName, String problem, String variable) {
    assertThat(started).hasFailed();
    assertThat(started.getStartupFailure())
        .rootCause()
        .isInstanceOf(InvalidReferenceFile.class)
        .hasMessageContaining(fileName)
        .hasMessageEndingWith(problem);
    FailureAnalysis analysis =
        new InvalidReferenceFileFailureAnalyzer().analyze(started.getStartupFailure());
    assertThat(analysis.getAction()).contains(variable);
    return analysis;
  }
}

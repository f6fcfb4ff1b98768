package org.kaohe.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The architecture, executable: services share contracts and infrastructure, never code. */
class ArchitectureTest {
  private static final String[] SERVICES = {
    "org.kaohe.assessment", "org.kaohe.survey", "org.kaohe.results", "org.kaohe.gateway"
  };
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The assessment service's authorization table, a test class, arrives in a test jar.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.kaohe");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org.kaohe.assessment",
        "org.kaohe.survey",
        "org.kaohe.results",
        "org.kaohe.gateway"
      })
  void aServiceDependsOnNoOtherService(String service) {
    String[] others =
        java.util.Arrays.stream(SERVICES)
            .filter(s -> !s.equals(service))
            .map(s -> s + "..")
            .toArray(String[]::new);
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(service + "..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(others);
    rule.check(classes);
  }

  @Test
  void theContractsAndThePlatformDependOnNoService() {
    noClasses()
        .that()
        .resideInAnyPackage("org.kaohe.events..", "org.kaohe.platform..", "org.kaohe.tools..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            java.util.Arrays.stream(SERVICES).map(s -> s + "..").toArray(String[]::new))
        .check(classes);
  }

  @Test
  void shippedCodeDependsOnNoDeveloperTool() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.kaohe.tools..", "org.kaohe.benchmarks..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.kaohe.tools..")
        .check(classes);
  }

  @Test
  void theContractsDependOnNoFrameworkButAxonAnnotationsAndJackson() {
    noClasses()
        .that()
        .resideInAPackage("org.kaohe.events..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "com.mongodb..",
            "org.apache.kafka..",
            "io.cloudevents..",
            "org.kaohe.platform..")
        .check(classes);
  }

  @Test
  void domainCodeKnowsNothingOfSpringOrTheDatabase() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "com.mongodb..", "org.apache.kafka..", "org.kaohe.platform..")
        .check(classes);
  }
}

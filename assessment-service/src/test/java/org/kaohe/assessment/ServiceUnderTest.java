package org.kaohe.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points the service of each integration test class at the shared embedded MongoDB server and Kafka
 * broker, in a database of its own named after the class, with its clock running from {@link
 * #CLOCK_START}. A test class's own {@code @TestPropertySource} properties override these.
 */
final class ServiceUnderTest implements ContextCustomizerFactory {

  /** While the 2026 round takes submissions: tests do not depend on the day they run. */
  static final String CLOCK_START = "2026-12-01T00:00:00Z";

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    return new EmbeddedInfrastructure(database(testClass));
  }

  /** {@code ScoreRecordingIT} stores in {@code score-recording-it}. */
  static String database(Class<?> testClass) {
    return testClass
        .getSimpleName()
        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Equal for the same database, so each test class keeps a service (a cached context) of its own.
   */
  private record EmbeddedInfrastructure(String database) implements ContextCustomizer {
    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      MapPropertySource infrastructure =
          new MapPropertySource(
              "Embedded test infrastructure",
              Map.of(
                  "kaohe.assessment.clock-start",
                  CLOCK_START,
                  "kaohe.eventstore.uri",
                  SharedInfrastructure.mongo().connectionString(),
                  "kaohe.eventstore.database",
                  database,
                  "kaohe.kafka.bootstrap-servers",
                  SharedInfrastructure.kafka().bootstrapServers()));
      MutablePropertySources sources = context.getEnvironment().getPropertySources();
      String testProperties = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
      if (sources.contains(testProperties)) {
        sources.addAfter(testProperties, infrastructure);
      } else {
        sources.addFirst(infrastructure);
      }
    }
  }
}

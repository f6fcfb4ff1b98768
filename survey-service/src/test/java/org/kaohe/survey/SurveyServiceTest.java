package org.kaohe.survey;

import org.kaohe.tools.embedded.SharedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running survey service on the shared embedded MongoDB server and Kafka broker, in a database
 * of its own per test class, its clock in the middle of the 2026 fieldwork window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SurveyServiceTest {
  static final String CLOCK_START = "2026-06-15T00:00:00Z";

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("kaohe.survey.clock-start", () -> CLOCK_START);
    registry.add("kaohe.eventstore.uri", () -> SharedInfrastructure.mongo().connectionString());
    registry.add("kaohe.eventstore.database", () -> "survey-" + System.identityHashCode(registry));
    registry.add(
        "kaohe.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
  }
}

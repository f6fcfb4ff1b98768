package org.kaohe.benchmarks.survey;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kaohe.benchmarks.stack.ServiceStack;
import org.kaohe.benchmarks.stack.ServiceStack.Launch;
import org.kaohe.benchmarks.stack.ServiceStack.Service;

/**
 * The {@link ServiceStack} with the gateway and, behind it, the survey service, which can be
 * restarted on a fresh database; the gateway stays.
 */
final class SurveyStack implements AutoCloseable {
  static final String CLOCK_START = "2026-06-15T00:00:00Z";

  /** The survey service's heap holds a whole campaign's samples while its results are computed. */
  private static final List<String> SURVEY_JVM = List.of("-Xms512m", "-Xmx2g", "-Xss512k");

  private static final List<String> GATEWAY_JVM = List.of("-Xms128m", "-Xmx512m", "-Xss512k");

  private final ServiceStack stack;
  private final List<String> extraSurveyOptions;
  private String surveyDatabase;

  private SurveyStack(ServiceStack stack, List<String> extraSurveyOptions) {
    this.stack = stack;
    this.extraSurveyOptions = extraSurveyOptions;
  }

  private static List<String> options(String extra) {
    return extra.isBlank() ? List.of() : Arrays.asList(extra.trim().split("\\s+"));
  }

  /**
   * The infrastructure and the gateway; {@link #startSurvey} starts the service behind it.
   *
   * @param extraSurveyOptions more options for the survey service's JVM, such as a flight recording
   * @param extraGatewayOptions the same for the gateway's
   */
  static SurveyStack start(Path repoRoot, String extraSurveyOptions, String extraGatewayOptions)
      throws Exception {
    ServiceStack stack = ServiceStack.startInfrastructure(repoRoot, "survey-load");
    try {
      List<String> gateway = new java.util.ArrayList<>(GATEWAY_JVM);
      gateway.addAll(options(extraGatewayOptions));
      stack.start(Launch.of(Service.GATEWAY, gateway, List.of()));
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
    return new SurveyStack(stack, options(extraSurveyOptions));
  }

  /** Stops the survey service if it runs and starts it on an empty database of this name. */
  void startSurvey(String database) {
    stopSurvey();
    surveyDatabase = database;
    List<String> jvm = new ArrayList<>(SURVEY_JVM);
    jvm.addAll(extraSurveyOptions);
    stack.start(
        new Launch(
            Service.SURVEY,
            jvm,
            List.of(
                "--kaohe.eventstore.database=" + database,
                "--kaohe.survey.clock-start=" + CLOCK_START),
            "survey-service-" + database + ".log"));
  }

  /** Stops the survey service and drops its database, to free the server's memory. */
  void stopSurvey() {
    if (surveyDatabase != null) {
      stack.stop(Service.SURVEY);
      database(surveyDatabase).drop();
      surveyDatabase = null;
    }
  }

  String gatewayUrl() {
    return stack.gatewayUrl();
  }

  String kafkaBootstrapServers() {
    return stack.kafkaBootstrapServers();
  }

  MongoDatabase database(String name) {
    return stack.database(name);
  }

  MongoDatabase surveyDatabase() {
    return database(surveyDatabase);
  }

  long surveyPid() {
    return stack.pid(Service.SURVEY);
  }

  long gatewayPid() {
    return stack.pid(Service.GATEWAY);
  }

  Path logs() {
    return stack.logs();
  }

  @Override
  public void close() {
    stack.close();
  }
}

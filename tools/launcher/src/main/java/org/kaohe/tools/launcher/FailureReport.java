package org.kaohe.tools.launcher;

import java.time.Duration;
import java.util.List;

/** Messages for a service that failed: what happened, and the last lines it printed. */
final class FailureReport {

  private FailureReport() {}

  static String exitedDuringStartUp(ServiceProcess service) {
    return service.name()
        + " exited with code "
        + service.exitCode()
        + " before it became healthy."
        + lastLines(service);
  }

  static String exitedWhileRunning(ServiceProcess service) {
    return service.name()
        + " exited unexpectedly with code "
        + service.exitCode()
        + "; stopping the stack."
        + lastLines(service);
  }

  static String notHealthyInTime(List<ServiceProcess> services, Duration timeout) {
    StringBuilder report = new StringBuilder();
    for (ServiceProcess service : services) {
      report
          .append(service.name())
          .append(" did not become healthy within ")
          .append(Durations.human(timeout))
          .append(" (GET ")
          .append(service.spec().healthUrl())
          .append(" never answered 200).")
          .append(lastLines(service))
          .append(System.lineSeparator());
    }
    return report.toString().stripTrailing();
  }

  private static String lastLines(ServiceProcess service) {
    List<String> lines = service.lastLines();
    if (lines.isEmpty()) {
      return " It printed nothing.";
    }
    StringBuilder text = new StringBuilder(" Its last ").append(lines.size()).append(" lines:");
    lines.forEach(
        line ->
            text.append(System.lineSeparator()).append(OutputPrefix.line(service.name(), line)));
    return text.toString();
  }
}

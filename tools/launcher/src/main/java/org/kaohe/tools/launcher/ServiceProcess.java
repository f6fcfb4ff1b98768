package org.kaohe.tools.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A running child JVM whose output is echoed with its name in front and whose tail is kept. */
final class ServiceProcess {

  static final int TAIL_LINES = 20;
  private static final Duration OUTPUT_DRAIN_WAIT = Duration.ofSeconds(2);

  private final ServiceSpec spec;
  private final Process process;
  private final LogTail tail = new LogTail(TAIL_LINES);
  private final Thread outputPump;

  private ServiceProcess(ServiceSpec spec, Process process, PrintStream console) {
    this.spec = spec;
    this.process = process;
    this.outputPump = new Thread(() -> pumpOutput(console), "kaohe-output-" + spec.name());
    outputPump.setDaemon(true);
    outputPump.start();
  }

  static ServiceProcess start(ServiceSpec spec, PrintStream console) {
    ProcessBuilder builder =
        new ProcessBuilder(spec.command())
            .directory(spec.workingDir().toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(spec.environment());
    try {
      return new ServiceProcess(spec, builder.start(), console);
    } catch (IOException e) {
      throw new StackStartException(
          "Could not start " + spec.name() + " (" + String.join(" ", spec.command()) + "): " + e,
          e);
    }
  }

  String name() {
    return spec.name();
  }

  ServiceSpec spec() {
    return spec;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  int exitCode() {
    return process.exitValue();
  }

  CompletableFuture<ServiceProcess> onExit() {
    return process.onExit().thenApply(ignored -> this);
  }

  /** The last lines it printed; once it has exited, including everything up to its end. */
  List<String> lastLines() {
    if (!process.isAlive()) {
      try {
        outputPump.join(OUTPUT_DRAIN_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return tail.lines();
  }

  /** Asks the process to stop (SIGTERM), so Spring can shut down gracefully. */
  void requestStop() {
    process.destroy();
  }

  /** Waits for the process to stop, killing it once the grace period is over. */
  void awaitStop(Duration grace) {
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void pumpOutput(PrintStream console) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        tail.add(line);
        console.println(OutputPrefix.line(spec.name(), line));
      }
    } catch (IOException e) {
      // The stream closes when the process is killed; nothing more to echo.
    }
  }
}

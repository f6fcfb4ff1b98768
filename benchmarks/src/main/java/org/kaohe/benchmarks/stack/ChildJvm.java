package org.kaohe.benchmarks.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's executable jar in a JVM of its own, as the local launcher runs it, with its output in
 * a log file. The launcher's C1-only small heaps are for a quick start; a benchmark measures the
 * code as the JIT compiles it for good, so these JVMs run with the default compilers.
 */
final class ChildJvm implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  private ChildJvm(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the jar without waiting for it: several services start faster side by side, and {@link
   * #awaitHealthy} then waits for each.
   *
   * @param jvmOptions heap and other options, before {@code -jar}
   * @param arguments the application's arguments, after the jar
   */
  static ChildJvm launch(
      String name,
      Path jar,
      List<String> jvmOptions,
      Map<String, String> environment,
      List<String> arguments,
      int port,
      Path log) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it with ./mvnw package");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name, e);
    }
    return new ChildJvm(name, process, port, log);
  }

  long pid() {
    return process.pid();
  }

  /** Returns once {@code /actuator/health} on the service's port answers 200. */
  void awaitHealthy() {
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + " while starting; see " + log);
      }
      try {
        if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // The port opens only once the application has started.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while " + name + " was starting", e);
      }
      pause();
    }
    throw new IllegalStateException(
        name + " was not healthy within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
  }

  private static void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** SIGTERM, then a kill if the service has not stopped within 20 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

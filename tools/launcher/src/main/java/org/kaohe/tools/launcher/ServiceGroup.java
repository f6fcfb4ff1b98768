package org.kaohe.tools.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The child JVMs of a stack: started together, watched until healthy, stopped together. */
final class ServiceGroup {

  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  private final PrintStream console;
  private final HealthCheck healthCheck = new HealthCheck();
  private final List<ServiceProcess> running = new ArrayList<>();
  private boolean stopping;

  ServiceGroup(PrintStream console) {
    this.console = console;
  }

  synchronized void launch(ServiceSpec spec) {
    if (stopping) {
      throw new StackStartException("Start-up was interrupted: the stack is stopping.");
    }
    running.add(ServiceProcess.start(spec, console));
  }

  /**
   * Returns once every service answers its health check.
   *
   * @throws StackStartException naming the service, with its exit code and last lines, when one
   *     exits first or the timeout passes
   */
  void awaitHealthy(Duration timeout) {
    long start = System.nanoTime();
    List<ServiceProcess> pending = new ArrayList<>(snapshot());
    while (!pending.isEmpty()) {
      for (ServiceProcess service : List.copyOf(pending)) {
        if (isStopping()) {
          throw new StackStartException("Start-up was interrupted: the stack is stopping.");
        }
        if (!service.isAlive()) {
          throw new StackStartException(FailureReport.exitedDuringStartUp(service));
        }
        if (healthCheck.isHealthy(service.spec().healthUrl())) {
          pending.remove(service);
          console.println(
              OutputPrefix.line(
                  OutputPrefix.LAUNCHER,
                  service.name()
                      + " is healthy ("
                      + Durations.human(Durations.since(start))
                      + ")"));
        }
      }
      if (!pending.isEmpty() && Durations.since(start).compareTo(timeout) > 0) {
        throw new StackStartException(FailureReport.notHealthyInTime(pending, timeout));
      }
      if (!pending.isEmpty()) {
        awaitAnyExit(pending, POLL_INTERVAL);
      }
    }
  }

  /** Blocks until one of the services exits and returns it. */
  ServiceProcess awaitAnyExit() {
    return awaitAnyExit(snapshot(), null);
  }

  /**
   * Stops all services: SIGTERM to each at once, then waits, killing those that outlast the grace.
   */
  void stop(Duration grace) {
    List<ServiceProcess> toStop;
    synchronized (this) {
      stopping = true;
      toStop = List.copyOf(running);
    }
    toStop.forEach(ServiceProcess::requestStop);
    toStop.forEach(service -> service.awaitStop(grace));
  }

  synchronized boolean isStopping() {
    return stopping;
  }

  private synchronized List<ServiceProcess> snapshot() {
    return List.copyOf(running);
  }

  /** The first of these to exit within the wait (null = forever), or null if none did. */
  private static ServiceProcess awaitAnyExit(List<ServiceProcess> services, Duration wait) {
    CompletableFuture<Object> anyExit =
        CompletableFuture.anyOf(
            services.stream().map(ServiceProcess::onExit).toArray(CompletableFuture[]::new));
    try {
      Object exited =
          wait == null ? anyExit.get() : anyExit.get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return (ServiceProcess) exited;
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackStartException("Interrupted while waiting for the services.", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not watch the services", e);
    }
  }
}

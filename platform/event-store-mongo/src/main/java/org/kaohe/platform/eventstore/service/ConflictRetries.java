package org.kaohe.platform.eventstore.service;

import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Two writers appending to one aggregate at once conflict (another instance, or a cached aggregate
 * that instance changed meanwhile): the loser is retried on fresh state. Any other failure, such as
 * a refusal by the aggregate's rules, is final.
 */
public final class ConflictRetries {
  static final int RETRY_INTERVAL_MILLIS = 20;
  static final int MAX_RETRIES = 5;

  private ConflictRetries() {}

  /** A command gateway over the bus that retries write conflicts. */
  public static CommandGateway gateway(CommandBus commandBus) {
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(
            IntervalRetryScheduler.builder()
                .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                .retryInterval(RETRY_INTERVAL_MILLIS)
                .maxRetryCount(MAX_RETRIES)
                .nonTransientFailurePredicate(failure -> !isWriteConflict(failure))
                .build())
        .build();
  }

  static boolean isWriteConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConcurrencyException
          || cause instanceof AggregateStreamCreationException) {
        return true;
      }
    }
    return false;
  }
}

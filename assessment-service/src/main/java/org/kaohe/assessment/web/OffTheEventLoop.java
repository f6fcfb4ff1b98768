package org.kaohe.assessment.web;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends a command from a request handler without holding up the HTTP event loop: Axon handles a
 * command on the thread that sends it, and handling waits on the event store.
 */
public final class OffTheEventLoop {
  private OffTheEventLoop() {}

  public static <T> Mono<T> send(Supplier<CompletableFuture<T>> sending) {
    return Mono.fromFuture(sending).subscribeOn(Schedulers.boundedElastic());
  }
}

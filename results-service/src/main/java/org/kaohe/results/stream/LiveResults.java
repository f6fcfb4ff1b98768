package org.kaohe.results.stream;

import java.util.concurrent.atomic.AtomicLong;
import org.kaohe.results.log.LoggedResult;
import org.kaohe.results.log.ResultLog;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Results as they are logged, for any number of subscribers. A subscriber resuming after a position
 * first gets the logged results after it, then the live ones, without gap or repeat: it listens
 * live before reading the log, buffers what arrives meanwhile, and drops what the log already gave
 * it.
 */
public class LiveResults {
  private final Sinks.Many<LoggedResult> sink = Sinks.many().multicast().directBestEffort();
  private final ResultLog log;

  public LiveResults(ResultLog log) {
    this.log = log;
  }

  /** Called from the single consuming thread, so emissions never race. */
  public void publish(LoggedResult result) {
    sink.tryEmitNext(result);
  }

  /** Only the results logged from now on. */
  public Flux<LoggedResult> fromNow() {
    return sink.asFlux();
  }

  public Flux<LoggedResult> after(long position) {
    return Flux.defer(
        () -> {
          Sinks.Many<LoggedResult> buffer = Sinks.many().unicast().onBackpressureBuffer();
          Disposable listening = sink.asFlux().subscribe(buffer::tryEmitNext);
          AtomicLong delivered = new AtomicLong(position);
          return Flux.concat(log.after(position), buffer.asFlux())
              .filter(result -> advance(delivered, result.position()))
              .doFinally(signal -> listening.dispose());
        });
  }

  private static boolean advance(AtomicLong delivered, long position) {
    if (position <= delivered.get()) {
      return false;
    }
    delivered.set(position);
    return true;
  }
}

package org.kaohe.assessment.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.assessment.round.application.ScoreInput;
import org.kaohe.assessment.round.application.ScoreRecorder;
import org.kaohe.assessment.round.application.ScoreResult;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Records the ready items of a bulk submission through the {@link ScoreRecorder}: the items of one
 * round (unit and year) together, in one command applied in their input order, so that a score and
 * its correction can travel in one batch; different rounds side by side, at most {@code
 * concurrency} at once.
 */
public final class RoundOrderedRecording {
  private final ScoreRecorder recorder;
  private final int concurrency;

  public RoundOrderedRecording(ScoreRecorder recorder, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    this.recorder = recorder;
    this.concurrency = concurrency;
  }

  /** Every item's outcome, in the order of {@code items}. */
  public Mono<List<Outcome>> record(List<Prepared> items, String principal, String agency) {
    Outcome[] outcomes = new Outcome[items.size()];
    Map<String, List<Integer>> byRound = new LinkedHashMap<>();
    for (int index = 0; index < items.size(); index++) {
      if (items.get(index) instanceof Prepared.Ready ready) {
        byRound.computeIfAbsent(round(ready.input()), round -> new ArrayList<>()).add(index);
      } else {
        outcomes[index] = Outcome.refused(((Prepared.Refused) items.get(index)).problem());
      }
    }
    return Flux.fromIterable(byRound.values())
        .flatMap(
            round ->
                record(round, items, principal, agency)
                    // The command bus handles a command on the caller's thread, blocking on the
                    // store: never on the event loop.
                    .subscribeOn(Schedulers.boundedElastic()),
            concurrency)
        .collectList()
        .map(
            recorded -> {
              recorded.forEach(
                  round -> round.forEach(item -> outcomes[item.index()] = item.outcome()));
              return List.of(outcomes);
            });
  }

  private Mono<List<Indexed>> record(
      List<Integer> round, List<Prepared> items, String principal, String agency) {
    List<Prepared.Ready> ready = round.stream().map(i -> (Prepared.Ready) items.get(i)).toList();
    return Mono.fromFuture(
            () ->
                recorder.recordRound(
                    ready.stream().map(Prepared.Ready::input).toList(),
                    ready.stream().map(Prepared.Ready::clientRequestId).toList(),
                    principal,
                    agency))
        .map(
            results -> {
              List<Indexed> indexed = new ArrayList<>();
              for (int k = 0; k < round.size(); k++) {
                indexed.add(new Indexed(round.get(k), outcome(results.get(k))));
              }
              return indexed;
            });
  }

  private static Outcome outcome(ScoreResult result) {
    return result.refusal() == null
        ? Outcome.recorded(result.recorded())
        : Outcome.refused(Refusals.describe(result.refusal()));
  }

  private static String round(ScoreInput input) {
    return input.unitCode() + "/" + input.year();
  }

  private record Indexed(int index, Outcome outcome) {}
}

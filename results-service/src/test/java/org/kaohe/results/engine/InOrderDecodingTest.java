package org.kaohe.results.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderDecodingTest {

  @Test
  void appliesEveryBatchInTheOrderGivenWhicheverWorkerFinishesFirst() {
    CountDownLatch firstMayFinish = new CountDownLatch(1);
    List<String> applied = new ArrayList<>();
    try (InOrderDecoding<Integer, String> decoding =
        new InOrderDecoding<>(
            4,
            3,
            batch -> {
              if (batch.contains(0)) {
                await(firstMayFinish);
              } else if (batch.contains(10)) {
                firstMayFinish.countDown();
              }
              return batch.stream().map(n -> "#" + n).toList();
            },
            applied::addAll)) {
      for (int start = 0; start < 100; start += 10) {
        decoding.submit(IntStream.range(start, start + 10).boxed().toList());
      }
      decoding.finish();
    }

    assertThat(applied)
        .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(n -> "#" + n).toList());
  }

  @Test
  void aFailedDecodingReachesTheCallerAndNothingAfterItIsApplied() {
    List<Integer> applied = new ArrayList<>();

    Throwable thrown =
        threeBatches(
            batch -> {
              if (batch.contains(2)) {
                throw new IllegalArgumentException("cannot decode 2");
              }
              return batch;
            },
            applied::addAll);

    assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage("cannot decode 2");
    assertThat(applied).containsExactly(1);
  }

  @Test
  void anErrorWhileApplyingReachesTheCallerAndNothingAfterItIsApplied() {
    List<Integer> applied = new ArrayList<>();

    Throwable thrown =
        threeBatches(
            batch -> batch,
            batch -> {
              if (batch.contains(2)) {
                throw new AssertionError("cannot apply 2");
              }
              applied.addAll(batch);
            });

    assertThat(thrown).isInstanceOf(AssertionError.class).hasMessage("cannot apply 2");
    assertThat(applied).containsExactly(1);
  }

  /** Gives the batches [1], [2] and [3] in turn and waits for them: what that throws. */
  private static Throwable threeBatches(
      Function<List<Integer>, List<Integer>> decode, Consumer<List<Integer>> apply) {
    try (InOrderDecoding<Integer, Integer> decoding = new InOrderDecoding<>(2, 8, decode, apply)) {
      return catchThrowable(
          () -> {
            decoding.submit(List.of(1));
            decoding.submit(List.of(2));
            decoding.submit(List.of(3));
            decoding.finish();
          });
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

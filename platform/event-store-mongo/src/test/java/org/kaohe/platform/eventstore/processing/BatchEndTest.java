package org.kaohe.platform.eventstore.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;

class BatchEndTest {
  private final List<List<String>> completions = new ArrayList<>();
  private final BatchEnd<String> batchEnd = new BatchEnd<>(completions::add);

  @Test
  void outsideABatchEachItemIsCompletedAtOnce() {
    batchEnd.add("a");
    batchEnd.add("b");

    assertThat(completions).containsExactly(List.of("a"), List.of("b"));
  }

  @Test
  void aBatchsItemsAreCompletedTogetherInOrderWhenItsLastEventIsHandled() {
    List<Integer> completedBeforeTheLast = new ArrayList<>();
    inOneBatch(
        List.of("a", "b", "c"),
        item -> {
          if (item.equals("c")) {
            completedBeforeTheLast.add(completions.size());
          }
          batchEnd.add(item);
        });

    assertThat(completedBeforeTheLast).containsExactly(0);
    assertThat(completions).containsExactly(List.of("a", "b", "c"));
  }

  @Test
  void aLastEventWithoutAnItemStillCompletesTheBatch() {
    inOneBatch(
        List.of("a", "b", "-"),
        item -> {
          if (item.equals("-")) {
            assertThat(completions).isEmpty();
            batchEnd.skip();
          } else {
            batchEnd.add(item);
          }
        });

    assertThat(completions).containsExactly(List.of("a", "b"));
  }

  private static void inOneBatch(
      List<String> payloads, java.util.function.Consumer<String> handler) {
    List<GenericEventMessage<String>> messages =
        payloads.stream().map(GenericEventMessage::new).toList();
    new BatchingUnitOfWork<>(messages)
        .execute(() -> handler.accept((String) CurrentUnitOfWork.get().getMessage().getPayload()));
  }
}

package org.kaohe.platform.eventstore.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Work an event handler collects over a processor's batch of events and completes once, when the
 * batch's last event is handled: before the processor stores its token, so a failure repeats the
 * whole batch. Outside a batch each item is completed at once.
 *
 * @param <T> what is collected per event
 */
public final class BatchEnd<T> {
  private final String resource = BatchEnd.class.getName() + "#" + System.identityHashCode(this);
  private final Consumer<List<T>> complete;

  /**
   * @param complete completes the items collected, in the order they were added
   */
  public BatchEnd(Consumer<List<T>> complete) {
    this.complete = complete;
  }

  /** Call from the event handler for an event it collects an item for. */
  public void add(T item) {
    if (!CurrentUnitOfWork.isStarted()) {
      complete.accept(List.of(item));
      return;
    }
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
    pendingIn(unitOfWork).add(item);
    completeAtBatchEnd(unitOfWork);
  }

  /** Call from the event handler for an event it collects nothing for. */
  public void skip() {
    if (CurrentUnitOfWork.isStarted()) {
      completeAtBatchEnd(CurrentUnitOfWork.get().root());
    }
  }

  private void completeAtBatchEnd(UnitOfWork<?> unitOfWork) {
    if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
      completeAll(pendingIn(unitOfWork));
    }
  }

  private List<T> pendingIn(UnitOfWork<?> unitOfWork) {
    return unitOfWork.getOrComputeResource(
        resource,
        key -> {
          List<T> pending = new ArrayList<>();
          // Only when the batch's last event was not one for this handler.
          unitOfWork.onPrepareCommit(done -> completeAll(pending));
          return pending;
        });
  }

  private void completeAll(List<T> pending) {
    if (!pending.isEmpty()) {
      List<T> items = List.copyOf(pending);
      pending.clear();
      complete.accept(items);
    }
  }
}

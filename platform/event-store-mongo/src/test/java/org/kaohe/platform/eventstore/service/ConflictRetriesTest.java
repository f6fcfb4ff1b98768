package org.kaohe.platform.eventstore.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** A command that lost a write conflict is retried; any other failure is final. */
class ConflictRetriesTest {
  private static final Supplier<RuntimeException> CONFLICT =
      () -> new ConcurrencyException("sequence 7 of campaign C is taken");

  private final AtomicInteger tries = new AtomicInteger();

  record Append(String what) {}

  /** A gateway over a bus whose handler fails its first {@code failures} tries. */
  private CommandGateway failingFirst(int failures, Supplier<RuntimeException> failure) {
    SimpleCommandBus bus = SimpleCommandBus.builder().build();
    bus.subscribe(
        Append.class.getName(),
        command -> {
          if (tries.incrementAndGet() <= failures) {
            throw failure.get();
          }
          return "appended";
        });
    return ConflictRetries.gateway(bus);
  }

  @Test
  void aCommandThatLostAWriteConflictIsRetriedOnFreshState() {
    Object result = failingFirst(2, CONFLICT).sendAndWait(new Append("batch"));

    assertThat(result).isEqualTo("appended");
    assertThat(tries).hasValue(3);
  }

  @Test
  void aRefusalIsNotRetried() {
    CommandGateway gateway =
        failingFirst(1, () -> new IllegalStateException("campaign C is closed"));

    assertThatThrownBy(() -> gateway.sendAndWait(new Append("batch")))
        .hasMessage("campaign C is closed");
    assertThat(tries).hasValue(1);
  }

  @Test
  void aConflictThatOutlastsTheRetriesFails() {
    CommandGateway gateway = failingFirst(Integer.MAX_VALUE, CONFLICT);

    assertThatThrownBy(() -> gateway.sendAndWait(new Append("batch")))
        .isInstanceOf(ConcurrencyException.class);
    assertThat(tries).hasValue(1 + ConflictRetries.MAX_RETRIES);
  }
}

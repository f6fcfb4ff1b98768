package org.kaohe.platform.eventstore.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** A command that lost a write conflict is retried; any other failure is final. */
class ConflictRetriesTest {

  record Append(String what) {}

  @Test
  void aCommandThatLostAWriteConflictIsRetriedOnFreshState() {
    SimpleCommandBus bus = SimpleCommandBus.builder().build();
    AtomicInteger tries = new AtomicInteger();
    bus.subscribe(
        Append.class.getName(),
        command -> {
          if (tries.incrementAndGet() < 3) {
            throw new ConcurrencyException("sequence 7 of campaign C is taken");
          }
          return "appended";
        });
    CommandGateway gateway = ConflictRetries.gateway(bus);

    Object result = gateway.sendAndWait(new Append("batch"));

    assertThat(result).isEqualTo("appended");
    assertThat(tries).hasValue(3);
  }

  @Test
  void aRefusalIsNotRetried() {
    SimpleCommandBus bus = SimpleCommandBus.builder().build();
    AtomicInteger tries = new AtomicInteger();
    bus.subscribe(
        Append.class.getName(),
        command -> {
          tries.incrementAndGet();
          throw new IllegalStateException("campaign C is closed");
        });
    CommandGateway gateway = ConflictRetries.gateway(bus);

    assertThatThrownBy(() -> gateway.sendAndWait(new Append("batch")))
        .hasMessage("campaign C is closed");
    assertThat(tries).hasValue(1);
  }

  @Test
  void aConflictThatOutlastsTheRetriesFails() {
    SimpleCommandBus bus = SimpleCommandBus.builder().build();
    AtomicInteger tries = new AtomicInteger();
    bus.subscribe(
        Append.class.getName(),
        command -> {
          tries.incrementAndGet();
          throw new ConcurrencyException("sequence 7 of campaign C is taken");
        });
    CommandGateway gateway = ConflictRetries.gateway(bus);

    assertThatThrownBy(() -> gateway.sendAndWait(new Append("batch")))
        .isInstanceOf(ConcurrencyException.class);
    assertThat(tries).hasValue(1 + ConflictRetries.MAX_RETRIES);
  }
}

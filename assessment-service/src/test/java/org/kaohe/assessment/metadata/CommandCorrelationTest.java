package org.kaohe.assessment.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.junit.jupiter.api.Test;
import org.kaohe.events.metadata.SubmissionMetaData;

class CommandCorrelationTest {
  private final CommandCorrelation correlation =
      new CommandCorrelation(
          List.of(
              new MessageOriginProvider(),
              new SimpleCorrelationDataProvider(SubmissionMetaData.keys())));

  @Test
  void aCommandsOriginAndSubmitterAreCarriedOn() {
    GenericCommandMessage<String> command =
        new GenericCommandMessage<>(
            "record",
            SubmissionMetaData.of("alice", "PROV-ORG", "req-1", "typo").and("unrelated", "x"));

    assertThat(new HashMap<String, Object>(correlation.correlationDataFor(command)))
        .containsEntry("principal", "alice")
        .containsEntry("agency", "PROV-ORG")
        .containsEntry("clientRequestId", "req-1")
        .containsEntry("reason", "typo")
        .containsEntry("correlationId", command.getIdentifier())
        .containsEntry("traceId", command.getIdentifier())
        .doesNotContainKey("unrelated");
  }

  @Test
  void anEventGivesNothingAndItsMetaDataIsNotRead() {
    GenericEventMessage<String> event =
        new GenericEventMessage<>("recorded", MetaData.with("principal", "alice")) {
          @Override
          public MetaData getMetaData() {
            throw new AssertionError("an event's metadata was read");
          }
        };

    assertThat(correlation.correlationDataFor(event)).isEmpty();
  }
}

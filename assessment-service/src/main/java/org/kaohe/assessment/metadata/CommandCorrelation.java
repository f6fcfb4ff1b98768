package org.kaohe.assessment.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries a command's correlation data onto the messages handling it gives, its events; gives
 * nothing for any other message. Event handlers in this service start no new messages, yet Axon
 * asks the providers for every event each processor handles — which cost deserializing every
 * event's metadata in each processor. A handler that comes to send commands must change this.
 */
public final class CommandCorrelation implements CorrelationDataProvider {
  private final List<CorrelationDataProvider> providers;

  public CommandCorrelation(List<CorrelationDataProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  @Override
  public Map<String, ?> correlationDataFor(Message<?> message) {
    if (!(message instanceof CommandMessage<?>)) {
      return Map.of();
    }
    Map<String, Object> data = new HashMap<>();
    providers.forEach(provider -> data.putAll(provider.correlationDataFor(message)));
    return data;
  }
}

package org.kaohe.platform.kafka;

import org.kaohe.tools.embedded.SharedInfrastructure;

/** The publish/consume contract against the embedded KRaft broker. */
class CloudEventConsumerIT extends CloudEventConsumerContract {
  @Override
  protected String bootstrapServers() {
    return SharedInfrastructure.kafka().bootstrapServers();
  }
}

package org.kaohe.platform.kafka;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A shared publisher for every service; the relay for services that keep an Axon event store. */
@AutoConfiguration
@ConditionalOnProperty("kaohe.kafka.bootstrap-servers")
@EnableConfigurationProperties(KafkaSettings.class)
public class KafkaAutoConfiguration {

  @Bean(destroyMethod = "close")
  CloudEventPublisher cloudEventPublisher(
      KafkaSettings settings,
      @org.springframework.beans.factory.annotation.Value("${spring.application.name:kaohe}")
          String applicationName) {
    return new CloudEventPublisher(settings.bootstrapServers(), applicationName);
  }

  /** The relay, present when {@code kaohe.relay.topic} is set. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {
        "org.axonframework.eventsourcing.eventstore.EventStore",
        "org.axonframework.config.ConfigurerModule"
      })
  @ConditionalOnProperty("kaohe.relay.topic")
  @EnableConfigurationProperties(RelaySettings.class)
  static class Relay {

    @Bean
    KafkaRelay kafkaRelay(CloudEventPublisher publisher, RelaySettings relay, KafkaSettings kafka) {
      TopicProvisioner.ensureTopics(kafka, List.of(relay.topic()));
      return new KafkaRelay(publisher, relay);
    }

    /** A relay that failed to publish must stop and retry, never log and move on. */
    @Bean
    ConfigurerModule kafkaRelayErrorHandling() {
      return configurer ->
          configurer
              .eventProcessing()
              .registerListenerInvocationErrorHandler(
                  KafkaRelay.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
  }
}

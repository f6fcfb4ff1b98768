package org.kaohe.platform.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Puts Axon's event store and token store on MongoDB when {@code kaohe.eventstore.uri} is set. */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnProperty("kaohe.eventstore.uri")
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreAutoConfiguration {

  @Bean(destroyMethod = "close")
  MongoClient eventStoreMongoClient(EventStoreProperties properties) {
    return MongoClients.create(
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(properties.uri()))
            .applicationName("kaohe-event-store")
            .build());
  }

  /**
   * On shutdown, gives up the indices held in reserve, so other instances' trackers need not wait.
   */
  @Bean(destroyMethod = "releaseReservedIndices")
  @ConditionalOnMissingBean(EventStorageEngine.class)
  MongoEventStorageEngine eventStorageEngine(
      MongoClient eventStoreMongoClient,
      EventStoreProperties properties,
      Serializer serializer,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Configuration axonConfiguration) {
    MongoEventStorageEngine engine =
        MongoEventStorageEngine.builder()
            .database(database(eventStoreMongoClient, properties))
            .eventSerializer(eventSerializer)
            .snapshotSerializer(serializer)
            .upcasterChain(axonConfiguration.upcasterChain())
            // Asked on every read, not now: the aggregates' filters are not all configured yet.
            .snapshotFilter(snapshot -> axonConfiguration.snapshotFilter().test(snapshot))
            .batchSize(properties.batchSize())
            .gapTimeout(properties.gapTimeout())
            .indexReserve(properties.indexReserve(), properties.indexReserveHold())
            .build();
    engine.ensureIndexes();
    return engine;
  }

  /** Reads events' metadata with {@link MetaDataJsonModule} wherever Axon uses Jackson. */
  @Bean
  static BeanPostProcessor metaDataJsonModuleRegistration() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JacksonSerializer jackson) {
          MetaDataJsonModule.registerOn(jackson);
        }
        return bean;
      }
    };
  }

  /** Verifies the hash chains of this service's store, for the audit API. */
  @Bean
  ChainVerifier chainVerifier(MongoClient eventStoreMongoClient, EventStoreProperties properties) {
    return new ChainVerifier(database(eventStoreMongoClient, properties));
  }

  @Bean
  @ConditionalOnMissingBean(TokenStore.class)
  MongoTokenStore tokenStore(
      MongoClient eventStoreMongoClient, EventStoreProperties properties, Serializer serializer) {
    return new MongoTokenStore(
        database(eventStoreMongoClient, properties),
        serializer,
        properties.nodeId(),
        Clock.systemUTC(),
        properties.claimTimeout());
  }

  private static MongoDatabase database(MongoClient client, EventStoreProperties properties) {
    return client.getDatabase(properties.database());
  }
}

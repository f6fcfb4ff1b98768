package org.kaohe.assessment.idempotency;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import org.kaohe.platform.eventstore.EventStoreProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The keys live next to the event store, in the collection {@value #COLLECTION}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {
  static final String COLLECTION = "idempotencykeys";

  /**
   * Retention is real time, not the service's business clock: a rehearsal that runs the clock from
   * another date must not keep keys for longer or shorter than configured, nor confuse MongoDB's
   * TTL monitor, which compares with its own wall clock.
   */
  @Bean
  IdempotencyStore idempotencyStore(
      MongoClient eventStoreMongoClient,
      EventStoreProperties eventStore,
      IdempotencyProperties properties) {
    IdempotencyStore store =
        new IdempotencyStore(
            eventStoreMongoClient.getDatabase(eventStore.database()).getCollection(COLLECTION),
            Clock.systemUTC(),
            properties.retention(),
            properties.processingTimeout());
    store.ensureIndexes();
    return store;
  }

  @Bean
  IdempotencyFilter idempotencyFilter(IdempotencyStore store, IdempotencyProperties properties) {
    return new IdempotencyFilter(store, properties);
  }
}

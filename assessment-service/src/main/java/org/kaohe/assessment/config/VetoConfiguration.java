package org.kaohe.assessment.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.axonframework.config.ConfigurerModule;
import org.bson.Document;
import org.kaohe.assessment.veto.domain.VetoCase;
import org.kaohe.assessment.veto.query.VetoCaseProjection;
import org.kaohe.assessment.veto.query.VetoCases;
import org.kaohe.platform.eventstore.EventStoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one-vote veto: the {@link VetoCase} aggregate and its read model, next to the store. */
@Configuration(proxyBeanMethods = false)
class VetoConfiguration {
  private static final String COLLECTION = "vetocases";

  @Bean
  ConfigurerModule vetoCaseAggregate() {
    return configurer -> configurer.configureAggregate(VetoCase.class);
  }

  @Bean
  VetoCaseProjection vetoCaseProjection(
      MongoClient eventStoreMongoClient, EventStoreProperties properties) {
    return new VetoCaseProjection(vetoCases(eventStoreMongoClient, properties));
  }

  @Bean
  VetoCases vetoCaseReadModel(MongoClient eventStoreMongoClient, EventStoreProperties properties) {
    return new VetoCases(vetoCases(eventStoreMongoClient, properties));
  }

  private static MongoCollection<Document> vetoCases(
      MongoClient client, EventStoreProperties properties) {
    return client.getDatabase(properties.database()).getCollection(COLLECTION);
  }
}

package org.kaohe.assessment.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ConfigurerModule;
import org.bson.Document;
import org.kaohe.assessment.reference.ReferenceData;
import org.kaohe.assessment.reference.VetoChecks;
import org.kaohe.assessment.reference.VetoItems;
import org.kaohe.assessment.reference.VetoItemsCsv;
import org.kaohe.assessment.veto.domain.VetoCase;
import org.kaohe.assessment.veto.query.VetoCaseProjection;
import org.kaohe.assessment.veto.query.VetoCases;
import org.kaohe.platform.eventstore.EventStoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The one-vote veto: its reference file (read at start-up from {@code
 * kaohe.reference.veto-items-file}; a bad file stops the start), the {@link VetoCase} aggregate and
 * its read model.
 */
@Configuration(proxyBeanMethods = false)
class VetoConfiguration {
  private static final String COLLECTION = "vetocases";

  @Bean
  VetoItems vetoItems(
      @Value("${kaohe.reference.veto-items-file}") Resource file, ReferenceData reference)
      throws IOException {
    Set<String> agencies =
        reference.agencies().stream()
            .map(agency -> agency.code().value())
            .collect(Collectors.toSet());
    return new VetoItems(
        ReferenceConfiguration.read(file, (in, origin) -> VetoItemsCsv.read(in, origin, agencies)));
  }

  @Bean
  VetoChecks vetoChecks(ReferenceData reference, VetoItems vetoItems) {
    return new VetoChecks(reference, vetoItems);
  }

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

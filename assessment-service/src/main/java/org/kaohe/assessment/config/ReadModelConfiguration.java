package org.kaohe.assessment.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import org.bson.Document;
import org.kaohe.assessment.reference.ReferenceQueries;
import org.kaohe.assessment.round.application.InputRules;
import org.kaohe.assessment.round.query.RoundQueries;
import org.kaohe.assessment.round.query.RoundSummaryProjection;
import org.kaohe.platform.eventstore.EventStoreProperties;
import org.kaohe.platform.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's own read models, next to its event store. */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

  @Bean
  MongoCollection<Document> roundSummaries(
      MongoClient eventStoreMongoClient, EventStoreProperties properties) {
    return eventStoreMongoClient.getDatabase(properties.database()).getCollection("roundsummaries");
  }

  @Bean
  RoundSummaryProjection roundSummaryProjection(MongoCollection<Document> roundSummaries) {
    return new RoundSummaryProjection(roundSummaries);
  }

  @Bean
  RoundQueries roundQueries(
      MongoCollection<Document> roundSummaries,
      ReferenceData referenceData,
      ReferenceQueries referenceQueries,
      InputRules inputRules,
      Clock clock,
      @Value("${kaohe.assessment.deadline-warning:P14D}") Duration warning) {
    return new RoundQueries(
        roundSummaries, referenceData, referenceQueries, inputRules, clock, warning);
  }
}

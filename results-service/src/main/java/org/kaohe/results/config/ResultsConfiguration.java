package org.kaohe.results.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.kaohe.events.Topics;
import org.kaohe.platform.kafka.CloudEventConsumer;
import org.kaohe.platform.kafka.CloudEventPublisher;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.TopicProvisioner;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.scheme.ScoringSchemes;
import org.kaohe.results.engine.Recompute;
import org.kaohe.results.engine.ResultBuilder;
import org.kaohe.results.engine.ResultEngine;
import org.kaohe.results.engine.YearResults;
import org.kaohe.results.inputs.InputChanges;
import org.kaohe.results.inputs.MongoInputs;
import org.kaohe.results.log.CurrentResults;
import org.kaohe.results.log.ResultLog;
import org.kaohe.results.stream.LiveResults;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Inputs, current results and the results log in the service's MongoDB database, fed by a consumer
 * of the producing services' topics that parks the records it can never apply in its group's
 * dead-letter topics.
 */
@Configuration(proxyBeanMethods = false)
class ResultsConfiguration {
  private static final List<String> CONSUMED =
      List.of(Topics.ASSESSMENT_EVENTS, Topics.SURVEY_EVENTS);

  @Bean(destroyMethod = "close")
  MongoClient resultsMongoClient(ResultsSettings settings) {
    return MongoClients.create(settings.mongodbUri());
  }

  @Bean
  MongoDatabase resultsDatabase(MongoClient resultsMongoClient, ResultsSettings settings) {
    return resultsMongoClient.getDatabase(settings.database());
  }

  @Bean
  ResultLog resultLog(MongoDatabase resultsDatabase) {
    return new ResultLog(resultsDatabase);
  }

  @Bean
  CurrentResults currentResults(MongoDatabase resultsDatabase) {
    return new CurrentResults(resultsDatabase.getCollection("currentresults"));
  }

  @Bean
  LiveResults liveResults(ResultLog resultLog) {
    return new LiveResults(resultLog);
  }

  @Bean
  InputChanges inputChanges(ReferenceData reference, ScoringSchemes schemes) {
    return new InputChanges(reference, schemes);
  }

  @Bean
  ResultBuilder resultBuilder(ReferenceData reference, ScoringSchemes schemes) {
    return new ResultBuilder(reference, schemes);
  }

  @Bean
  YearResults yearResults(
      ReferenceData reference, ScoringSchemes schemes, ResultBuilder resultBuilder) {
    return new YearResults(reference, schemes, resultBuilder);
  }

  @Bean
  Recompute recompute(
      KafkaSettings kafka, InputChanges changes, YearResults years, CurrentResults current) {
    return new Recompute(kafka, changes, years, current);
  }

  @Bean
  ResultEngine resultEngine(
      InputChanges changes,
      ResultBuilder builder,
      MongoDatabase resultsDatabase,
      CurrentResults current,
      ResultLog log,
      LiveResults live,
      CloudEventPublisher publisher) {
    return new ResultEngine(
        changes,
        builder,
        new MongoInputs(resultsDatabase.getCollection("inputs")),
        current,
        log,
        live,
        publisher);
  }

  @Bean(initMethod = "start", destroyMethod = "close")
  CloudEventConsumer inputConsumer(
      KafkaSettings kafka, ResultsSettings settings, ResultEngine engine, MeterRegistry meters) {
    TopicProvisioner.ensureTopics(
        kafka, List.of(Topics.ASSESSMENT_EVENTS, Topics.SURVEY_EVENTS, Topics.RESULTS_EVENTS));
    return new CloudEventConsumer(kafka, settings.consumerGroup(), CONSUMED, engine, meters);
  }
}

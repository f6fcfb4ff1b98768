package org.kaohe.results.config;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.kaohe.events.Topics;
import org.kaohe.platform.kafka.CloudEventConsumer;
import org.kaohe.platform.kafka.CloudEventPublisher;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.TopicProvisioner;
import org.kaohe.results.stream.LiveResults;
import org.kaohe.results.unitresult.ResultLog;
import org.kaohe.results.unitresult.UnitResultProjector;
import org.kaohe.results.unitresult.UnitRoundRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read models on the reactive MongoDB driver, fed by a consumer of the producing services' topics
 * that parks the records it can never apply in its group's dead-letter topics.
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
  LiveResults liveResults(ResultLog resultLog) {
    return new LiveResults(resultLog);
  }

  @Bean
  UnitResultProjector unitResultProjector(
      MongoDatabase resultsDatabase,
      ResultLog resultLog,
      LiveResults liveResults,
      CloudEventPublisher publisher) {
    return new UnitResultProjector(
        new UnitRoundRepository(resultsDatabase), resultLog, liveResults, publisher);
  }

  @Bean(initMethod = "start", destroyMethod = "close")
  CloudEventConsumer inputConsumer(
      KafkaSettings kafka,
      ResultsSettings settings,
      UnitResultProjector projector,
      MeterRegistry meters) {
    TopicProvisioner.ensureTopics(
        kafka, List.of(Topics.ASSESSMENT_EVENTS, Topics.SURVEY_EVENTS, Topics.RESULTS_EVENTS));
    return new CloudEventConsumer(kafka, settings.consumerGroup(), CONSUMED, projector, meters);
  }
}

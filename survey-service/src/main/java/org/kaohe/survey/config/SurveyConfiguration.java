package org.kaohe.survey.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.MultiCorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.kaohe.events.metadata.SubmissionMetaData;
import org.kaohe.platform.eventstore.EventStoreProperties;
import org.kaohe.platform.eventstore.service.ConflictRetries;
import org.kaohe.platform.eventstore.service.ServiceClock;
import org.kaohe.platform.spreadsheet.XlsxSheet;
import org.kaohe.platform.web.access.AccessPolicies;
import org.kaohe.platform.web.access.AccessPolicy;
import org.kaohe.platform.web.batch.BatchReader;
import org.kaohe.platform.web.numbers.DecimalBounds;
import org.kaohe.survey.campaign.domain.Campaign;
import org.kaohe.survey.campaign.query.CampaignViews;
import org.kaohe.survey.ingestion.ResponseIngestion;
import org.kaohe.survey.responses.RespondentKeys;
import org.kaohe.survey.responses.ResponseStore;
import org.kaohe.survey.results.PublishedResults;
import org.kaohe.survey.results.SurveyResults;
import org.kaohe.survey.results.SurveyResultsPublisher;
import org.kaohe.survey.web.SurveyCallers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestionLimits.class)
class SurveyConfiguration {

  /** The service enforces its own route rules, the ones the gateway enforces in front of it. */
  @Bean
  AccessPolicy surveyAccess() {
    return AccessPolicies.SURVEY;
  }

  /** The system clock, or one that runs from {@code kaohe.survey.clock-start} when set. */
  @Bean
  Clock clock(@Value("${kaohe.survey.clock-start:}") String start) {
    return ServiceClock.startingAt(start);
  }

  @Bean
  ConfigurerModule eventClock(Clock clock) {
    return ServiceClock.stampingEventsWith(clock);
  }

  /**
   * A campaign changed by another instance since this one cached it fails to append; the command is
   * retried on fresh state.
   */
  @Bean
  CommandGateway commandGateway(CommandBus commandBus) {
    return ConflictRetries.gateway(commandBus);
  }

  /**
   * Campaigns stay in a cache between commands: a campaign takes a command per batch of responses,
   * and its stream grows by one event per batch. A cached campaign that another instance changed
   * meanwhile fails to append (its sequence number is taken), leaves the cache, and the command is
   * retried on the campaign as it stands: never applied to stale state.
   */
  @Bean
  ConfigurerModule campaignAggregate() {
    return configurer ->
        configurer.configureAggregate(
            AggregateConfigurer.defaultConfiguration(Campaign.class)
                .configureCache(c -> new WeakReferenceCache()));
  }

  /** Who asked, for which agency, why and with which request id: copied onto every event. */
  @Bean
  CorrelationDataProvider surveyCorrelation() {
    return new MultiCorrelationDataProvider<>(
        List.of(
            new MessageOriginProvider(),
            new SimpleCorrelationDataProvider(SubmissionMetaData.keys())));
  }

  @Bean
  MongoDatabase surveyDatabase(MongoClient eventStoreMongoClient, EventStoreProperties store) {
    return eventStoreMongoClient.getDatabase(store.database());
  }

  @Bean
  CampaignViews campaignViews(MongoDatabase surveyDatabase) {
    return new CampaignViews(
        surveyDatabase.getCollection("campaigns"), surveyDatabase.getCollection("batches"));
  }

  @Bean
  ResponseStore responseStore(MongoDatabase surveyDatabase) {
    return ResponseStore.in(surveyDatabase);
  }

  /**
   * A results computation that fails (MongoDB away, say) is retried, never passed over: a closed
   * campaign must publish its results.
   */
  @Bean
  ConfigurerModule surveyResultsErrors() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerListenerInvocationErrorHandler(
                SurveyResultsPublisher.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
  }

  @Bean
  PublishedResults publishedResults(MongoDatabase surveyDatabase) {
    return new PublishedResults(surveyDatabase.getCollection("results"));
  }

  @Bean
  SurveyResults surveyResults(EventStore eventStore, ResponseStore responses) {
    return new SurveyResults(eventStore, responses);
  }

  @Bean
  SurveyResultsPublisher surveyResultsPublisher(
      EventStore eventStore, ResponseStore responses, CommandGateway commands) {
    return new SurveyResultsPublisher(eventStore, responses, commands);
  }

  @Bean
  RespondentKeys respondentKeys(MongoDatabase surveyDatabase) {
    return new RespondentKeys(surveyDatabase.getCollection("respondentkeys"));
  }

  @Bean
  ResponseIngestion responseIngestion(
      ResponseStore store, RespondentKeys keys, CommandGateway commands, Clock clock) {
    return new ResponseIngestion(store, keys, commands, clock);
  }

  /** POI's zip limits are JVM-wide; this service opens workbooks nowhere else. */
  @Bean
  XlsxSheet responseWorkbooks(IngestionLimits limits) {
    return new XlsxSheet(limits.xlsx());
  }

  @Bean
  BatchReader responseBatchReader(JsonMapper json, DecimalBounds numbers, IngestionLimits limits) {
    return new BatchReader(json, numbers, limits.maxItems());
  }

  @Bean
  SurveyCallers surveyCallers(@Value("${kaohe.survey.campaign-agencies}") Set<String> agencies) {
    return new SurveyCallers(agencies);
  }
}

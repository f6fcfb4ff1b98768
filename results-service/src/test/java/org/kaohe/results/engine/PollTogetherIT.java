package org.kaohe.results.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaohe.events.Topics;
import org.kaohe.events.results.CadreResultPublishedEvent;
import org.kaohe.events.results.UnitResultPublishedEvent;
import org.kaohe.platform.kafka.CloudEventPublisher;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.TopicProvisioner;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.ReferenceFiles;
import org.kaohe.platform.reference.scheme.ScoringSchemes;
import org.kaohe.results.ScoreEvents;
import org.kaohe.results.inputs.InputChanges;
import org.kaohe.results.inputs.MongoInputs;
import org.kaohe.results.log.CurrentResults;
import org.kaohe.results.log.LoggedResult;
import org.kaohe.results.log.ResultLog;
import org.kaohe.results.stream.LiveResults;
import org.kaohe.tools.embedded.EmbeddedKafkaBroker;
import org.kaohe.tools.embedded.SharedInfrastructure;

/**
 * A poll's events handled together leave the results that handling them one at a time leaves, and
 * publish each changed result once, caused by the last event about its subject. A broker of its own
 * keeps these results off the topic other tests read.
 */
class PollTogetherIT {
  private static final ReferenceData REFERENCE = ReferenceFiles.shipped();
  private static final ScoringSchemes SCHEMES = ScoringSchemes.shipped();
  private static final Instant START = Instant.parse("2027-01-15T08:30:00Z");
  private static final List<TypedCloudEvent> EVENTS =
      List.of(
          score("e1", "620400", "HQD-ECONOMY", "80", 1),
          score("e2", "620500", "HQD-ECONOMY", "85", 2),
          score("e3", "620400", "PARTY-BUILDING", "90", 3),
          score("e4", "620600", "HQD-ECONOMY", "70", 4),
          score("e5", "620500", "HQD-ECONOMY", "60", 5));

  private static Path kafkaDir;
  private static EmbeddedKafkaBroker broker;
  private static CloudEventPublisher publisher;
  private static MongoClient client;

  @BeforeAll
  static void start() throws IOException {
    kafkaDir = Files.createTempDirectory("kaohe-poll-together");
    broker = EmbeddedKafkaBroker.start(kafkaDir, 0);
    TopicProvisioner.ensureTopics(
        new KafkaSettings(broker.bootstrapServers(), 1, (short) 1), List.of(Topics.RESULTS_EVENTS));
    publisher = new CloudEventPublisher(broker.bootstrapServers(), "poll-together");
    client = MongoClients.create(SharedInfrastructure.mongo().connectionString());
  }

  @AfterAll
  static void stop() {
    client.close();
    publisher.close();
    broker.close();
  }

  @Test
  void aPollHandledTogetherEndsWhereItsEventsOneByOneEndAndPublishesEachResultOnce() {
    Engine oneByOne = new Engine("one-by-one");
    EVENTS.forEach(oneByOne.engine::handle);
    Engine together = new Engine("together");
    together.engine.handleAll(EVENTS);

    assertThat(together.resultIds()).isEqualTo(oneByOne.resultIds()).hasSize(9);
    List<LoggedResult> logged = together.log.after(0).collectList().block();
    assertThat(logged)
        .extracting(LoggedResult::code)
        .doesNotHaveDuplicates()
        .hasSameSizeAs(together.resultIds().keySet());
    assertThat(oneByOne.log.after(0).collectList().block()).hasSizeGreaterThan(logged.size());
    Map<String, LoggedResult> byCode =
        logged.stream().collect(Collectors.toMap(LoggedResult::code, Function.identity()));
    assertThat(unit(byCode.get("620400")).sourceEventId()).isEqualTo("e3");
    assertThat(unit(byCode.get("620400")).computedAt()).isEqualTo(START.plusSeconds(3));
    assertThat(unit(byCode.get("620500")).sourceEventId()).isEqualTo("e5");
    assertThat(unit(byCode.get("620500")).composite()).isEqualByComparingTo("60");
    assertThat(unit(byCode.get("620600")).sourceEventId()).isEqualTo("e4");
    assertThat(
            logged.stream()
                .filter(r -> r.unitCode().equals("620400") && r.kind().equals("CADRE"))
                .map(r -> ((CadreResultPublishedEvent) r.result()).sourceEventId()))
        .hasSize(2)
        .containsOnly("e3");
  }

  @Test
  void aPollDeliveredAgainPublishesNothingNew() {
    Engine engine = new Engine("again");
    engine.engine.handleAll(EVENTS);
    Map<String, String> before = engine.resultIds();
    long logged = engine.log.after(0).count().block();

    engine.engine.handleAll(EVENTS);
    engine.engine.handleAll(EVENTS.subList(2, 5));

    assertThat(engine.resultIds()).isEqualTo(before);
    assertThat(engine.log.after(0).count().block()).isEqualTo(logged);
  }

  private static UnitResultPublishedEvent unit(LoggedResult logged) {
    return (UnitResultPublishedEvent) logged.result();
  }

  /** The engine as the service wires it, on a database of its own. */
  private static final class Engine {
    final CurrentResults current;
    final ResultLog log;
    final ResultEngine engine;

    Engine(String name) {
      MongoDatabase database = client.getDatabase("poll-" + name + "-" + System.nanoTime());
      ResultBuilder builder = new ResultBuilder(REFERENCE, SCHEMES);
      current = new CurrentResults(database.getCollection("currentresults"));
      log = new ResultLog(database);
      engine =
          new ResultEngine(
              new InputChanges(REFERENCE, SCHEMES),
              builder,
              new MongoInputs(database.getCollection("inputs")),
              current,
              log,
              new LiveResults(log),
              publisher);
    }

    Map<String, String> resultIds() {
      return current.year(2026, null, null).stream()
          .collect(Collectors.toMap(CurrentResults.Current::key, CurrentResults.Current::resultId));
    }
  }

  private static TypedCloudEvent score(
      String id, String unit, String indicator, String value, int second) {
    return ScoreEvents.score(
        id,
        unit,
        indicator,
        value,
        START.plusSeconds(second),
        Map.of("aggregateid", unit + "-2026"));
  }
}

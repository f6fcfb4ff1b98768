package org.kaohe.benchmarks.results;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.Subject;
import org.kaohe.platform.reference.UnitCategory;
import org.kaohe.results.engine.ResultBuilder;
import org.kaohe.results.engine.YearResults;
import org.kaohe.results.inputs.InputChanges;
import org.kaohe.results.inputs.MemoryInputs;
import org.kaohe.results.inputs.SubjectInputs;
import org.kaohe.results.scoring.Inputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One score change to a county (a peer group of 86) with every unit and cadre of the year fully
 * scored, as the number of synthetic units in other peer groups grows. {@code livePath}: the
 * results service's engine handles the event with its real stores on the embedded MongoDB server
 * and its real publisher on the embedded Kafka broker (saves the input, computes the county group
 * and the county cadres' groups, logs, publishes and waits for Kafka's acknowledgement of each
 * changed result). {@code domainOnly}: the same change and the same groups computed over inputs in
 * memory, with no storage and no publishing. Every change sets a new value, so results change.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx3g"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 4)
public class ChangeCostBenchmark {
  static final String COUNTY = "620102";

  /** A stream of score changes to one county's first annual unit indicator. */
  static final class Changes {
    private final String indicator;
    private final AgencyCode agency;
    private long next;

    Changes(BenchReference reference) {
      AssessedUnit county = reference.reference().unit(COUNTY).orElseThrow();
      Indicator first =
          reference.reference().catalogue(ResultsStack.YEAR).orElseThrow().indicators().stream()
              .filter(i -> i.isApplicableTo(county) && i.isScoredFor(Subject.UNITS))
              .filter(i -> i.periodicity().periods().isEmpty())
              .findFirst()
              .orElseThrow();
      this.indicator = first.code().value();
      this.agency = first.responsibleAgency();
    }

    TypedCloudEvent next() {
      long n = next++;
      Instant at = Instant.parse("2026-11-30T00:00:00Z").plusMillis(n);
      ScoreRecordedEvent score =
          new ScoreRecordedEvent(
              new RoundId(COUNTY + "-" + ResultsStack.YEAR),
              new UnitCode(COUNTY),
              ResultsStack.YEAR,
              new org.kaohe.events.ids.IndicatorCode(indicator),
              BigDecimal.valueOf(600 + n % 400, 1),
              null,
              "bench-" + agency.value(),
              agency,
              at,
              "correction");
      EventCatalog.EventType type = EventCatalog.forPayload(ScoreRecordedEvent.class).orElseThrow();
      return new TypedCloudEvent(
          UUID.nameUUIDFromBytes(("change" + n).getBytes(StandardCharsets.UTF_8)).toString(),
          YearEvents.ASSESSMENT_SOURCE,
          type.type(),
          COUNTY,
          at,
          type.dataSchema(),
          score,
          Map.of("agency", agency.value()));
    }
  }

  /** The year's events: every input once, and the survey results. */
  static Iterable<TypedCloudEvent> yearEvents(BenchReference reference) {
    int inputs = new YearEvents(reference.reference(), ResultsStack.YEAR).inputs();
    return YearEvents.stream(reference.reference(), ResultsStack.YEAR, inputs);
  }

  @State(Scope.Benchmark)
  public static class Live {
    @Param({"100", "1000", "10000"})
    int syntheticUnits;

    ResultsStack stack;
    Changes changes;
    List<String> countyKeys;

    @Setup(Level.Trial)
    public void start() {
      BenchReference reference = BenchReference.withSyntheticUnits(syntheticUnits);
      stack = ResultsStack.start(reference);
      stack.seed(yearEvents(reference));
      changes = new Changes(reference);
      countyKeys =
          reference.reference().units().stream()
              .filter(u -> u.category() == UnitCategory.COUNTY)
              .map(u -> SubjectInputs.key(SubjectInputs.UNIT, u.code().value(), ResultsStack.YEAR))
              .toList();
    }

    @TearDown(Level.Trial)
    public void stop() {
      stack.close();
    }
  }

  @State(Scope.Benchmark)
  public static class Domain {
    @Param({"100", "1000", "10000"})
    int syntheticUnits;

    InputChanges inputChanges;
    ResultBuilder builder;
    MemoryInputs inputs;
    Changes changes;
    final Map<String, BigDecimal> composites = new HashMap<>();

    @Setup(Level.Trial)
    public void start() {
      BenchReference reference = BenchReference.withSyntheticUnits(syntheticUnits);
      inputChanges = new InputChanges(reference.reference(), reference.schemes());
      builder = new ResultBuilder(reference.reference(), reference.schemes());
      inputs = new MemoryInputs();
      for (TypedCloudEvent event : yearEvents(reference)) {
        inputChanges.apply(inputs, event.id(), event.data());
      }
      new YearResults(reference.reference(), reference.schemes(), builder)
          .compute(inputs, ResultsStack.YEAR)
          .forEach((key, computed) -> composites.put(key, computed.composite().composite()));
      changes = new Changes(reference);
    }
  }

  @Benchmark
  public void livePath(Live live) {
    live.stack.engine().handle(live.changes.next());
  }

  /**
   * The reads of the county group's stored inputs and current results by a filter on the group, as
   * a change made them before they were read by key: the in-process MongoDB server has no secondary
   * index, so it scans every stored subject.
   */
  @Benchmark
  public int groupReadByFilter(Live live) {
    Bson filter =
        Filters.and(Filters.eq("peerGroup", "COUNTY"), Filters.eq("year", ResultsStack.YEAR));
    return read(live, filter);
  }

  /** The same reads by the members' keys, as a change makes them: answered from the primary key. */
  @Benchmark
  public int groupReadByKeys(Live live) {
    return read(live, Filters.in("_id", live.countyKeys));
  }

  private static int read(Live live, Bson filter) {
    int read = 0;
    for (String collection : List.of("inputs", "currentresults")) {
      for (Document document :
          live.stack
              .database()
              .getCollection(collection)
              .find(filter)
              .sort(Sorts.ascending("_id"))) {
        read += document.size();
      }
    }
    return read;
  }

  /**
   * What the engine computes for the change, in the same order (the changed subjects' unit groups,
   * the cadres of units whose composite changed, their groups), over inputs in memory.
   */
  @Benchmark
  public List<ResultBuilder.Computed> domainOnly(Domain domain) {
    TypedCloudEvent event = domain.changes.next();
    List<SubjectInputs> changed =
        domain.inputChanges.apply(domain.inputs, event.id(), event.data());
    Set<String> cadreGroups = new LinkedHashSet<>();
    List<ResultBuilder.Computed> results = new ArrayList<>();
    for (String group :
        changed.stream()
            .map(SubjectInputs::peerGroup)
            .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))) {
      for (ResultBuilder.Computed computed :
          domain.builder.peerGroup(domain.inputs, SubjectInputs.UNIT, group, ResultsStack.YEAR)) {
        results.add(computed);
        BigDecimal composite = computed.composite().composite();
        if (!Objects.equals(
            domain.composites.put(computed.subject().key(), composite), composite)) {
          Inputs.Sourced sourced =
              composite == null ? null : new Inputs.Sourced(composite, computed.subject().key());
          for (SubjectInputs cadre :
              domain.builder.unitResultOfCadres(domain.inputs, computed.subject(), sourced)) {
            cadreGroups.add(cadre.peerGroup());
          }
        }
      }
    }
    for (String group : cadreGroups) {
      results.addAll(
          domain.builder.peerGroup(domain.inputs, SubjectInputs.CADRE, group, ResultsStack.YEAR));
    }
    return results;
  }
}

package org.kaohe.assessment.round.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.bson.Document;
import org.kaohe.assessment.reference.ReferenceQueries;
import org.kaohe.assessment.round.application.InputRules;
import org.kaohe.events.ids.RoundId;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.IndicatorCatalogue;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.RoundCalendar;
import org.kaohe.platform.web.problem.InvalidFields;

/**
 * Answers what agencies and auditors ask of rounds: a unit's round with every current input and
 * what is still missing per responsible agency, and an agency's own submissions and outstanding
 * work, flagged against the deadline.
 */
public final class RoundQueries {
  private final MongoCollection<Document> summaries;
  private final ReferenceData reference;
  private final ReferenceQueries referenceQueries;
  private final InputRules rules;
  private final Clock clock;
  private final Duration warning;

  public RoundQueries(
      MongoCollection<Document> summaries,
      ReferenceData reference,
      ReferenceQueries referenceQueries,
      InputRules rules,
      Clock clock,
      Duration warning) {
    this.summaries = summaries;
    this.reference = reference;
    this.referenceQueries = referenceQueries;
    this.rules = rules;
    this.clock = clock;
    this.warning = warning;
  }

  /**
   * A unit's round: its inputs, its calendar and its completeness.
   *
   * @throws RoundNotRecorded when nothing has been recorded for the round yet
   */
  public RoundView round(String unitCode, String year) {
    return round(unitCode, year, roundYear -> {});
  }

  /**
   * The round, once {@code mayRead} has accepted its checked year: a caller refused there learns
   * nothing of whether the round holds inputs.
   */
  public RoundView round(String unitCode, String year, IntConsumer mayRead) {
    RoundCalendar calendar = referenceQueries.calendar(unitCode, year);
    int roundYear = Integer.parseInt(year);
    mayRead.accept(roundYear);
    AssessedUnit unit = reference.unit(unitCode).orElseThrow();
    RoundId roundId = RoundId.of(unit.code(), roundYear);
    Document stored = summaries.find(Filters.eq("_id", roundId.value())).first();
    if (stored == null) {
      throw new RoundNotRecorded(roundId);
    }
    DeadlineStatus status = status(calendar, stored);
    List<ExpectedInput> expected = expected(unit, roundYear);
    List<ExpectedInput> missing = Completeness.missing(expected, stored);
    return new RoundView(
        roundId.value(),
        unitCode,
        unit.name(),
        roundYear,
        calendar(calendar, status),
        StoredRound.reopening(stored),
        StoredRound.inputs(stored, StoredRound.SCORES, RecordedInput.Score::of),
        StoredRound.inputs(stored, StoredRound.RATINGS, RecordedInput.Rating::of),
        StoredRound.inputs(stored, StoredRound.EVALUATIONS, RecordedInput.Evaluation::of),
        StoredRound.inputs(stored, StoredRound.FINDINGS, RecordedInput.Finding::of),
        new RoundView.Completeness(
            missing.isEmpty(), expected.size(), missing.size(), byAgency(missing, status)));
  }

  /** What one agency has submitted for a year's rounds, and what it still owes, unit by unit. */
  public AgencyWork agencyWork(String agency, String year) {
    if (reference.agency(agency).isEmpty()) {
      throw new InvalidFields("agency", "unknown agency code " + agency);
    }
    IndicatorCatalogue catalogue = referenceQueries.catalogue(year);
    int roundYear = catalogue.year();
    List<AgencyWork.Submission> submissions = new ArrayList<>();
    List<AgencyWork.UnitOutstanding> outstanding = new ArrayList<>();
    int outstandingCount = 0;
    Map<String, Document> rounds = new HashMap<>();
    summaries
        .find(Filters.eq("year", roundYear))
        .forEach(round -> rounds.put(round.getString("unitCode"), round));
    for (AssessedUnit unit : reference.units()) {
      Document stored = rounds.getOrDefault(unit.code().value(), new Document());
      submissions.addAll(Submissions.by(agency, stored));
      DeadlineStatus status = status(catalogue.calendar(), stored);
      List<MissingInput> owed =
          Completeness.missing(expected(unit, roundYear), stored).stream()
              .filter(input -> agency.equals(input.agency()))
              .map(input -> item(input, status))
              .toList();
      if (!owed.isEmpty()) {
        outstandingCount += owed.size();
        outstanding.add(new AgencyWork.UnitOutstanding(unit.code().value(), unit.name(), owed));
      }
    }
    return new AgencyWork(
        agency,
        roundYear,
        calendar(catalogue.calendar(), status(catalogue.calendar(), null)),
        submissions.size(),
        submissions,
        outstandingCount,
        outstanding);
  }

  private List<ExpectedInput> expected(AssessedUnit unit, int year) {
    return Completeness.expected(
        reference.catalogue(year).orElseThrow(),
        unit,
        reference.cadresOf(unit.code().value()),
        first(rules.politicalQualityAgencies()),
        first(rules.democraticEvaluationAgencies()));
  }

  private DeadlineStatus status(RoundCalendar calendar, Document stored) {
    Instant reopenedUntil = null;
    if (stored != null && stored.get("reopened") instanceof Document reopened) {
      reopenedUntil = Instant.parse(reopened.getString("until"));
    }
    return DeadlineStatus.of(clock.instant(), calendar.closesAt(), reopenedUntil, warning);
  }

  private static CalendarView calendar(RoundCalendar calendar, DeadlineStatus status) {
    return new CalendarView(
        calendar.opens().toString(),
        calendar.deadline().toString(),
        calendar.closesAt().toString(),
        status.name());
  }

  private static Map<String, List<MissingInput>> byAgency(
      List<ExpectedInput> missing, DeadlineStatus status) {
    Map<String, List<MissingInput>> byAgency = new LinkedHashMap<>();
    missing.forEach(
        input ->
            byAgency
                .computeIfAbsent(input.agency(), a -> new ArrayList<>())
                .add(item(input, status)));
    return byAgency;
  }

  private static MissingInput item(ExpectedInput input, DeadlineStatus status) {
    return new MissingInput(
        input.kind().name(),
        input.indicatorCode(),
        input.cadreCode(),
        input.period(),
        status.name());
  }

  private static String first(Set<String> agencies) {
    return agencies.stream().sorted().findFirst().orElse(null);
  }
}

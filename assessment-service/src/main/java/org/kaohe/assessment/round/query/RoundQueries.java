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
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.kaohe.assessment.reference.AssessedUnit;
import org.kaohe.assessment.reference.IndicatorCatalogue;
import org.kaohe.assessment.reference.ReferenceData;
import org.kaohe.assessment.reference.ReferenceQueries;
import org.kaohe.assessment.reference.RoundCalendar;
import org.kaohe.assessment.round.application.InputRules;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.platform.web.problem.InvalidFields;

/**
 * Answers what agencies and auditors ask of rounds: a unit's round with every current input and
 * what is still missing per responsible agency, and an agency's own submissions and outstanding
 * work, flagged against the deadline.
 */
public final class RoundQueries {
  private static final String INPUT_KINDS = "scores,ratings,evaluations,findings";
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

  /** A unit's round: its inputs, its calendar and its completeness. */
  public Document round(String unitCode, String year) {
    RoundCalendar calendar = referenceQueries.calendar(unitCode, year);
    int roundYear = Integer.parseInt(year);
    AssessedUnit unit = reference.unit(unitCode).orElseThrow();
    Document stored = stored(unitCode, roundYear);
    DeadlineStatus status = status(calendar, stored);
    List<ExpectedInput> expected = expected(unit, roundYear);
    List<ExpectedInput> missing = Completeness.missing(expected, stored);
    Document view =
        new Document("roundId", RoundId.of(new UnitCode(unitCode), roundYear))
            .append("unitCode", unitCode)
            .append("unitName", unit.name())
            .append("year", roundYear)
            .append("calendar", calendar(calendar, status))
            .append("reopened", stored.get("reopened"));
    for (String kind : INPUT_KINDS.split(",")) {
      view.append(kind, Optional.ofNullable(stored.get(kind)).orElse(new Document()));
    }
    return view.append(
        "completeness",
        new Document("complete", missing.isEmpty())
            .append("expected", expected.size())
            .append("missing", missing.size())
            .append("missingByAgency", byAgency(missing, status)));
  }

  /** What one agency has submitted for a year's rounds, and what it still owes, unit by unit. */
  public Document agencyWork(String agency, String year) {
    if (reference.agency(agency).isEmpty()) {
      throw new InvalidFields("agency", "unknown agency code " + agency);
    }
    IndicatorCatalogue catalogue = referenceQueries.catalogue(year);
    int roundYear = catalogue.year();
    List<Document> submissions = new ArrayList<>();
    List<Document> outstanding = new ArrayList<>();
    int outstandingCount = 0;
    Map<String, Document> rounds = new HashMap<>();
    summaries
        .find(Filters.eq("year", roundYear))
        .forEach(round -> rounds.put(round.getString("unitCode"), round));
    for (AssessedUnit unit : reference.units()) {
      Document stored = rounds.getOrDefault(unit.code().value(), new Document());
      submissions.addAll(Submissions.by(agency, stored));
      DeadlineStatus status = status(catalogue.calendar(), stored);
      List<Document> owed =
          Completeness.missing(expected(unit, roundYear), stored).stream()
              .filter(input -> agency.equals(input.agency()))
              .map(input -> item(input, status))
              .toList();
      if (!owed.isEmpty()) {
        outstandingCount += owed.size();
        outstanding.add(
            new Document("unitCode", unit.code().value())
                .append("unitName", unit.name())
                .append("missing", owed));
      }
    }
    return new Document("agency", agency)
        .append("year", roundYear)
        .append("calendar", calendar(catalogue.calendar(), status(catalogue.calendar(), null)))
        .append("submitted", submissions.size())
        .append("submissions", submissions)
        .append("outstanding", outstandingCount)
        .append("outstandingByUnit", outstanding);
  }

  private List<ExpectedInput> expected(AssessedUnit unit, int year) {
    return Completeness.expected(
        reference.catalogue(year).orElseThrow(),
        unit,
        reference.cadresOf(unit.code().value()),
        first(rules.politicalQualityAgencies()),
        first(rules.democraticEvaluationAgencies()));
  }

  private Document stored(String unitCode, int year) {
    Document stored =
        summaries.find(Filters.eq("_id", RoundId.of(new UnitCode(unitCode), year))).first();
    return stored == null ? new Document() : stored;
  }

  private DeadlineStatus status(RoundCalendar calendar, Document stored) {
    Instant reopenedUntil = null;
    if (stored != null && stored.get("reopened") instanceof Document reopened) {
      reopenedUntil = Instant.parse(reopened.getString("until"));
    }
    return DeadlineStatus.of(clock.instant(), calendar.closesAt(), reopenedUntil, warning);
  }

  private static Document calendar(RoundCalendar calendar, DeadlineStatus status) {
    return new Document("opens", calendar.opens().toString())
        .append("deadline", calendar.deadline().toString())
        .append("closesAt", calendar.closesAt().toString())
        .append("status", status.name());
  }

  private static Map<String, List<Document>> byAgency(
      List<ExpectedInput> missing, DeadlineStatus status) {
    Map<String, List<Document>> byAgency = new LinkedHashMap<>();
    missing.forEach(
        input ->
            byAgency
                .computeIfAbsent(input.agency(), a -> new ArrayList<>())
                .add(item(input, status)));
    return byAgency;
  }

  private static Document item(ExpectedInput input, DeadlineStatus status) {
    Document item = new Document("kind", input.kind().name());
    if (input.indicatorCode() != null) {
      item.append("indicatorCode", input.indicatorCode());
    }
    if (input.cadreCode() != null) {
      item.append("cadreCode", input.cadreCode());
    }
    if (input.period() != null) {
      item.append("period", input.period());
    }
    return item.append("status", status.name());
  }

  private static String first(Set<String> agencies) {
    return agencies.stream().sorted().findFirst().orElse(null);
  }
}

package org.kaohe.benchmarks.results;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.Topics;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.CampaignId;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.survey.SurveyResultPublishedEvent;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Cadre;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.Subject;

/**
 * Every input of a year for every unit and cadre of the reference data, as the events the
 * assessment and survey services publish for them: each score (each half-year period of a half-year
 * indicator on its own) by its responsible agency, each political-quality rating, a democratic
 * evaluation of two rater groups, an audit finding for about one unit in seven, and each surveyed
 * unit's survey result. A version of the inputs sets every assessment input once; a later version
 * corrects each of them (a new value, the previous one named), so that any number of assessment
 * events can be made, the last version of each input setting the year's results.
 */
final class YearEvents {
  static final URI ASSESSMENT_SOURCE = URI.create("/kaohe/assessment-service");
  static final URI SURVEY_SOURCE = URI.create("/kaohe/survey-service");
  private static final Instant START = Instant.parse("2026-07-01T00:00:00Z");
  private static final List<String> ANNUAL = Collections.singletonList(null);
  private static final List<String> UNIT_GRADES = List.of("EXCELLENT", "GOOD", "AVERAGE");
  private static final List<String> CADRE_GRADES =
      List.of("EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT");

  /** What an input's event is in a version, recorded at an instant. */
  private interface Version {
    Object event(int version, Instant at);
  }

  /** One input, and the unit whose round it belongs to. */
  private record Slot(String unitCode, Version version) {
    Object event(int n, Instant at) {
      return version.event(n, at);
    }
  }

  private final int year;
  private final List<Slot> slots = new ArrayList<>();
  private final List<AssessedUnit> surveyed;
  private long sequence;

  YearEvents(ReferenceData reference, int year) {
    this.year = year;
    List<Indicator> indicators = reference.catalogue(year).orElseThrow().indicators();
    for (AssessedUnit unit : reference.units()) {
      String code = unit.code().value();
      for (Indicator indicator : indicators) {
        if (!indicator.isApplicableTo(unit)) {
          continue;
        }
        for (String period : periods(indicator)) {
          if (indicator.isScoredFor(Subject.UNITS)) {
            slots.add(score(code, null, indicator, period));
          }
          if (indicator.isScoredFor(Subject.CADRES)) {
            for (Cadre cadre : reference.cadresOf(code)) {
              slots.add(score(code, cadre.code().value(), indicator, period));
            }
          }
        }
      }
      slots.add(rating(code, null));
      slots.add(tally(code, null, "LEADERSHIP"));
      slots.add(tally(code, null, "STAFF"));
      for (Cadre cadre : reference.cadresOf(code)) {
        slots.add(rating(code, cadre.code().value()));
        slots.add(tally(code, cadre.code().value(), "LEADERSHIP"));
        slots.add(tally(code, cadre.code().value(), "STAFF"));
      }
      if (slots.size() % 7 == 0) {
        slots.add(finding(code));
      }
    }
    this.surveyed = reference.surveyedUnits();
  }

  /** How many assessment inputs one version sets. */
  int inputs() {
    return slots.size();
  }

  /** The assessment event of one input in one version, as the relay publishes it. */
  TypedCloudEvent assessment(int input, int version) {
    Slot slot = slots.get(input);
    long n = sequence++;
    Instant at = START.plusMillis(n);
    Object data = slot.event(version, at);
    Map<String, String> extensions = new HashMap<>();
    extensions.put("principal", "bench-" + slot.unitCode());
    extensions.put("agency", agencyOf(data));
    extensions.put(
        "correlationid",
        UUID.nameUUIDFromBytes(("c" + n).getBytes(StandardCharsets.UTF_8)).toString());
    extensions.put("aggregateid", slot.unitCode() + "-" + year);
    extensions.put("aggregatesequence", Long.toString(version * (long) slots.size() + input));
    return cloudEvent(ASSESSMENT_SOURCE, slot.unitCode(), at, data, extensions);
  }

  /**
   * The first {@code count} assessment events (version after version of every input), then the
   * survey results: the same events, ids and instants each time for the same reference data.
   */
  static Iterable<TypedCloudEvent> stream(ReferenceData reference, int year, long count) {
    return () -> {
      YearEvents events = new YearEvents(reference, year);
      Iterator<TypedCloudEvent> survey = events.surveyResults().iterator();
      return new Iterator<>() {
        private long n;

        @Override
        public boolean hasNext() {
          return n < count || survey.hasNext();
        }

        @Override
        public TypedCloudEvent next() {
          if (n < count) {
            long at = n++;
            return events.assessment((int) (at % events.inputs()), (int) (at / events.inputs()));
          }
          return survey.next();
        }
      };
    };
  }

  /** Every surveyed unit's survey result, as the survey service publishes it. */
  List<TypedCloudEvent> surveyResults() {
    List<TypedCloudEvent> events = new ArrayList<>();
    for (int i = 0; i < surveyed.size(); i++) {
      String code = surveyed.get(i).code().value();
      Instant at = START.plusSeconds(86_400L * 100 + i);
      BigDecimal score = value(code.hashCode() + i, 0);
      events.add(
          cloudEvent(
              SURVEY_SOURCE,
              code,
              at,
              new SurveyResultPublishedEvent(
                  new UnitCode(code),
                  year,
                  new CampaignId("SURVEY-" + year),
                  SurveyResultPublishedEvent.Status.COMPUTED,
                  null,
                  score,
                  score,
                  400,
                  new BigDecimal("310.5"),
                  new BigDecimal("1.29"),
                  new BigDecimal("4.8"),
                  400,
                  true,
                  new TreeMap<>(Map.of("sex", BigDecimal.ONE)),
                  UUID.nameUUIDFromBytes(("s" + code).getBytes(StandardCharsets.UTF_8)).toString(),
                  null,
                  at),
              Map.of()));
    }
    return events;
  }

  static String topicOf(TypedCloudEvent event) {
    return SURVEY_SOURCE.equals(event.source()) ? Topics.SURVEY_EVENTS : Topics.ASSESSMENT_EVENTS;
  }

  private Slot score(String unit, String cadre, Indicator indicator, String period) {
    int seed = (unit + cadre + indicator.code().value() + period).hashCode();
    AgencyCode agency = indicator.responsibleAgency();
    return new Slot(
        unit,
        (version, at) -> {
          return new ScoreRecordedEvent(
              new RoundId(unit + "-" + year),
              new UnitCode(unit),
              year,
              indicator.code(),
              cadre == null ? null : new CadreCode(cadre),
              period,
              value(seed, version),
              version == 0 ? null : value(seed, version - 1),
              "bench-" + agency.value(),
              agency,
              at,
              version == 0 ? null : "correction " + version);
        });
  }

  private Slot rating(String unit, String cadre) {
    int seed = (unit + cadre).hashCode();
    return new Slot(
        unit,
        (version, at) -> {
          return new PoliticalQualityRatedEvent(
              new RoundId(unit + "-" + year),
              new UnitCode(unit),
              year,
              cadre == null ? null : new CadreCode(cadre),
              rating(seed, version),
              "organization department review",
              version == 0 ? null : rating(seed, version - 1),
              "bench-PROV-ORG",
              new AgencyCode("PROV-ORG"),
              at,
              version == 0 ? null : "correction " + version);
        });
  }

  private Slot tally(String unit, String cadre, String raterGroup) {
    int seed = (unit + cadre + raterGroup).hashCode();
    List<String> grades = cadre == null ? UNIT_GRADES : CADRE_GRADES;
    return new Slot(
        unit,
        (version, at) -> {
          Map<String, Integer> counts = new LinkedHashMap<>();
          int excellent = 20 + Math.floorMod(seed + version, 20);
          counts.put(grades.get(0), excellent);
          counts.put(grades.get(1), 45 - excellent);
          counts.put(grades.get(2), 5);
          return new DemocraticEvaluationRecordedEvent(
              new RoundId(unit + "-" + year),
              new UnitCode(unit),
              year,
              cadre == null ? null : new CadreCode(cadre),
              raterGroup,
              50,
              counts,
              0,
              version > 0,
              "bench-PROV-ORG",
              new AgencyCode("PROV-ORG"),
              at,
              version == 0 ? null : "correction " + version);
        });
  }

  private Slot finding(String unit) {
    return new Slot(
        unit,
        (version, at) -> {
          return new FindingRecordedEvent(
              new RoundId(unit + "-" + year),
              new UnitCode(unit),
              year,
              null,
              "AUDIT-" + unit,
              "AUDIT",
              "MINOR",
              "an audit finding",
              new BigDecimal(1 + version % 3),
              "bench-PROV-AUDIT",
              new AgencyCode("PROV-AUDIT"),
              at);
        });
  }

  /** From 60.0 to 99.9, valid on every shipped scale, different in each version. */
  private static BigDecimal value(int seed, int version) {
    return BigDecimal.valueOf(600 + Math.floorMod(seed * 31 + version * 137, 400), 1);
  }

  private static PoliticalRating rating(int seed, int version) {
    return Math.floorMod(seed + version, 10) == 0 ? PoliticalRating.AVERAGE : PoliticalRating.GOOD;
  }

  private static List<String> periods(Indicator indicator) {
    List<String> periods = indicator.periodicity().periods();
    return periods.isEmpty() ? ANNUAL : periods;
  }

  private static String agencyOf(Object data) {
    if (data instanceof ScoreRecordedEvent score) {
      return score.agency().value();
    }
    if (data instanceof PoliticalQualityRatedEvent rated) {
      return rated.agency().value();
    }
    if (data instanceof DemocraticEvaluationRecordedEvent tally) {
      return tally.agency().value();
    }
    return ((FindingRecordedEvent) data).agency().value();
  }

  /** Ids from the source and the instant (unique per event here), the same in every run. */
  private static TypedCloudEvent cloudEvent(
      URI source, String subject, Instant at, Object data, Map<String, String> extensions) {
    EventCatalog.EventType type = EventCatalog.forPayload(data.getClass()).orElseThrow();
    return new TypedCloudEvent(
        UUID.nameUUIDFromBytes((source + "@" + at).getBytes(StandardCharsets.UTF_8)).toString(),
        source,
        type.type(),
        subject,
        at,
        type.dataSchema(),
        data,
        extensions);
  }
}

package org.kaohe.assessment.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.kaohe.assessment.round.domain.InputKind;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.validation.AssessmentYear;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;

/**
 * Reads the raw parameters of an audit request, collecting every violation so one answer names them
 * all. Call {@link #throwIfInvalid()} before using what the other methods return: a parameter that
 * violated gives null.
 */
public final class AuditParameters {

  private static final String INSTANT_EXAMPLE = "an ISO-8601 instant such as 2026-12-01T09:00:00Z";

  private final List<FieldViolation> violations = new ArrayList<>();

  public String roundId(String unitCode, String year) {
    UnitCode unit =
        code(
            "unitCode",
            unitCode,
            UnitCode::new,
            "a unit code such as 620100 or GS-D01 (2-32 upper-case letters, digits or '-')");
    Long parsedYear =
        number(
            "year",
            year,
            AssessmentYear.FIRST,
            AssessmentYear.LAST,
            "a year from " + AssessmentYear.FIRST + " to " + AssessmentYear.LAST);
    return unit == null || parsedYear == null
        ? null
        : RoundId.of(unit, parsedYear.intValue()).value();
  }

  /** Each parameter may be null (not given). */
  public HistoryFilter filter(String indicator, String agency, String from, String to) {
    IndicatorCode indicatorCode =
        indicator == null
            ? null
            : code(
                "indicator",
                indicator,
                IndicatorCode::new,
                "an indicator code such as HQD-ECONOMY");
    AgencyCode agencyCode =
        agency == null
            ? null
            : code("agency", agency, AgencyCode::new, "an agency code such as PROV-STATS");
    Instant fromInstant = from == null ? null : instant("from", from);
    Instant toInstant = to == null ? null : instant("to", to);
    if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
      violations.add(
          new FieldViolation(
              "", "from must be before to, got from=" + fromInstant + " and to=" + toInstant));
    }
    return new HistoryFilter(
        indicatorCode == null ? null : indicatorCode.value(),
        agencyCode == null ? null : agencyCode.value(),
        fromInstant,
        toInstant);
  }

  /**
   * The kinds of change to show, each value one kind or several separated by commas; none given (or
   * null) is every kind.
   */
  public Set<InputKind> kinds(List<String> values) {
    Set<InputKind> kinds = EnumSet.noneOf(InputKind.class);
    int violationsBefore = violations.size();
    for (String value : values == null ? List.<String>of() : values) {
      for (String name : value.split(",", -1)) {
        InputKind kind = kind(name.strip());
        if (kind != null) {
          kinds.add(kind);
        }
      }
    }
    return violations.size() == violationsBefore ? kinds : null;
  }

  /** Each parameter may be null (not given): page 0, size {@value Paging#DEFAULT_SIZE}. */
  public Paging paging(String page, String size) {
    Long parsedPage =
        page == null
            ? Long.valueOf(0)
            : number("page", page, 0, Integer.MAX_VALUE, "a whole number from 0");
    Long parsedSize =
        size == null
            ? Long.valueOf(Paging.DEFAULT_SIZE)
            : number(
                "size", size, 1, Paging.MAX_SIZE, "a whole number from 1 to " + Paging.MAX_SIZE);
    return parsedPage == null || parsedSize == null
        ? null
        : new Paging(parsedPage.intValue(), parsedSize.intValue());
  }

  /** Exactly one of the two must be given. */
  public AsOf asOf(String at, String sequence) {
    if (at == null && sequence == null) {
      violations.add(
          new FieldViolation(
              "",
              "as-of needs at (" + INSTANT_EXAMPLE + ") or sequence (an event sequence number)"));
      return null;
    }
    if (at != null && sequence != null) {
      violations.add(new FieldViolation("", "give either at or sequence, not both"));
      return null;
    }
    if (at != null) {
      Instant instant = instant("at", at);
      return instant == null ? null : new AsOf.AtInstant(instant);
    }
    Long parsed = number("sequence", sequence, 0, Long.MAX_VALUE, "a whole number from 0");
    return parsed == null ? null : new AsOf.AtSequence(parsed);
  }

  private InputKind kind(String name) {
    try {
      return InputKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      return violated("kind", name, "one of " + InputKind.names());
    }
  }

  /**
   * @throws InvalidFields naming every violation found so far
   */
  public void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new InvalidFields(violations);
    }
  }

  private <T> T code(String field, String value, Function<String, T> parse, String expected) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      return violated(field, value, expected);
    }
  }

  private Long number(String field, String value, long min, long max, String expected) {
    try {
      long parsed = Long.parseLong(value);
      return parsed < min || parsed > max ? violated(field, value, expected) : parsed;
    } catch (NumberFormatException e) {
      return violated(field, value, expected);
    }
  }

  private Instant instant(String field, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      return violated(field, value, INSTANT_EXAMPLE);
    }
  }

  private <T> T violated(String field, String value, String expected) {
    violations.add(new FieldViolation(field, field + " must be " + expected + ", got: " + value));
    return null;
  }
}

package org.kaohe.results.web;

import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kaohe.events.ids.Codes;
import org.kaohe.events.results.CadreResultPublishedEvent;
import org.kaohe.events.results.UnitResultPublishedEvent;
import org.kaohe.events.validation.AssessmentYear;
import org.kaohe.events.validation.CalendarInstants;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.platform.reference.scheme.ScoringSchemes;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.problem.ClientText;
import org.kaohe.results.engine.Recompute;
import org.kaohe.results.inputs.SubjectInputs;
import org.kaohe.results.log.CurrentResults;
import org.kaohe.results.log.LoggedResult;
import org.kaohe.results.log.ResultLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A unit's or cadre's result with its whole derivation, now or as it stood at an instant; a peer
 * group's ranking; the year's scheme as configured; the checksum of a year's results.
 */
@RestController
class ResultsController {
  private final CurrentResults current;
  private final ResultLog log;
  private final ScoringSchemes schemes;
  private final ResultReaders readers;
  private final Recompute recompute;

  ResultsController(
      CurrentResults current,
      ResultLog log,
      ScoringSchemes schemes,
      ResultReaders readers,
      Recompute recompute) {
    this.current = current;
    this.log = log;
    this.schemes = schemes;
    this.readers = readers;
    this.recompute = recompute;
  }

  @GetMapping("/api/results/units/{unitCode}/{year}")
  Mono<UnitResultPublishedEvent> unit(
      @PathVariable @Pattern(regexp = Codes.FORMAT) String unitCode,
      @PathVariable @AssessmentYear int year,
      @RequestParam(required = false) String asOf,
      Caller caller) {
    readers.require(caller, unitCode, year);
    return blocking(
        () ->
            (UnitResultPublishedEvent)
                result(SubjectInputs.UNIT, unitCode, year, asOf, "unit " + unitCode));
  }

  @GetMapping("/api/results/cadres/{cadreCode}/{year}")
  Mono<CadreResultPublishedEvent> cadre(
      @PathVariable @Pattern(regexp = Codes.FORMAT) String cadreCode,
      @PathVariable @AssessmentYear int year,
      @RequestParam(required = false) String asOf,
      Caller caller) {
    readers.requireCadre(caller, cadreCode, year);
    return blocking(
        () ->
            (CadreResultPublishedEvent)
                result(SubjectInputs.CADRE, cadreCode, year, asOf, "cadre " + cadreCode));
  }

  /** One place of a ranking. */
  record Ranked(
      Integer rank,
      String code,
      String unitCode,
      BigDecimal composite,
      String grade,
      boolean provisional) {}

  /** A peer group in rank order. */
  record Ranking(int year, String peerGroup, List<Ranked> ranking) {}

  @GetMapping("/api/results/rankings")
  Mono<Ranking> rankings(
      @RequestParam @AssessmentYear int year,
      @RequestParam @Pattern(regexp = "[A-Z_/]{1,64}") String peerGroup,
      Caller caller) {
    if (!readers.readsAll(caller)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "rankings are read by dashboards, auditors and administrators");
    }
    return blocking(
        () ->
            new Ranking(
                year,
                peerGroup,
                current.year(year, null, peerGroup).stream()
                    .map(c -> ranked(c.result()))
                    .sorted(
                        Comparator.comparing(
                                Ranked::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Ranked::code))
                    .toList()));
  }

  @GetMapping("/api/results/schemes/{year}")
  ScoringScheme scheme(@PathVariable @AssessmentYear int year) {
    return schemes
        .of(year)
        .orElseThrow(
            () ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no scoring scheme for " + year));
  }

  /** The checksum of a year's live results. */
  record Checksum(int year, String checksum) {}

  @GetMapping("/api/results/checksum")
  Mono<Checksum> checksum(@RequestParam @AssessmentYear int year, Caller caller) {
    if (!readers.readsAll(caller)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "the checksum is read by dashboards, auditors and administrators");
    }
    return blocking(() -> new Checksum(year, recompute.liveChecksum(year)));
  }

  private Object result(String kind, String code, int year, String asOf, String what) {
    if (asOf == null) {
      return current
          .find(SubjectInputs.key(kind, code, year))
          .map(CurrentResults.Current::result)
          .orElseThrow(() -> notFound(what + " has no result for " + year));
    }
    Instant instant;
    try {
      instant = Instant.parse(asOf);
    } catch (DateTimeParseException malformed) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "asOf must be an instant such as 2027-03-01T00:00:00Z, got " + ClientText.quoted(asOf));
    }
    if (!CalendarInstants.contains(instant)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "asOf must be an instant " + CalendarInstants.RANGE + ", got " + ClientText.quoted(asOf));
    }
    return log.asOf(kind, code, year, instant)
        .map(LoggedResult::result)
        .orElseThrow(() -> notFound(what + " had no result for " + year + " at " + instant));
  }

  private static Ranked ranked(Object result) {
    if (result instanceof UnitResultPublishedEvent unit) {
      return new Ranked(
          unit.rank(),
          unit.unitCode().value(),
          unit.unitCode().value(),
          unit.composite(),
          unit.grade(),
          unit.provisional());
    }
    CadreResultPublishedEvent cadre = (CadreResultPublishedEvent) Objects.requireNonNull(result);
    return new Ranked(
        cadre.rank(),
        cadre.cadreCode().value(),
        cadre.unitCode().value(),
        cadre.composite(),
        cadre.grade(),
        cadre.provisional());
  }

  private static ResponseStatusException notFound(String detail) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
  }

  static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
    return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
  }
}

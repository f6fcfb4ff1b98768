package org.kaohe.assessment.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.kaohe.assessment.audit.AsOf;
import org.kaohe.assessment.audit.AuditParameters;
import org.kaohe.assessment.audit.HistoryCsv;
import org.kaohe.assessment.audit.HistoryFilter;
import org.kaohe.assessment.audit.NoRecordedInputs;
import org.kaohe.assessment.audit.Paging;
import org.kaohe.assessment.audit.RoundAsOf;
import org.kaohe.assessment.audit.RoundHistory;
import org.kaohe.assessment.audit.RoundHistoryReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Auditors read a unit's round: its history, as JSON or CSV, and its state at a past point. */
@RestController
@RequestMapping("/api/assessment/audit/rounds/{unitCode}/{year}")
class AuditController {
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final RoundHistoryReader histories;

  AuditController(EventStore eventStore) {
    this.histories = new RoundHistoryReader(eventStore);
  }

  @GetMapping("/history")
  Mono<HistoryResponse> history(
      @PathVariable String unitCode,
      @PathVariable String year,
      @RequestParam(required = false) String indicator,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) List<String> kind,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    AuditParameters parameters = new AuditParameters();
    String roundId = parameters.roundId(unitCode, year);
    HistoryFilter filter = filter(parameters, indicator, agency, from, to, kind);
    Paging paging = parameters.paging(page, size);
    parameters.throwIfInvalid();
    return read(roundId)
        .map(history -> HistoryResponse.of(roundId, paging.apply(history.matching(filter))));
  }

  @GetMapping("/history.csv")
  Mono<ResponseEntity<String>> historyCsv(
      @PathVariable String unitCode,
      @PathVariable String year,
      @RequestParam(required = false) String indicator,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) List<String> kind) {
    AuditParameters parameters = new AuditParameters();
    String roundId = parameters.roundId(unitCode, year);
    HistoryFilter filter = filter(parameters, indicator, agency, from, to, kind);
    parameters.throwIfInvalid();
    ContentDisposition attachment =
        ContentDisposition.attachment().filename(HistoryCsv.filename(roundId)).build();
    return read(roundId)
        .map(
            history ->
                ResponseEntity.ok()
                    .contentType(CSV)
                    .headers(headers -> headers.setContentDisposition(attachment))
                    .body(HistoryCsv.write(history.matching(filter))));
  }

  @GetMapping("/as-of")
  Mono<RoundAsOf> asOf(
      @PathVariable String unitCode,
      @PathVariable String year,
      @RequestParam(required = false) String at,
      @RequestParam(required = false) String sequence) {
    AuditParameters parameters = new AuditParameters();
    String roundId = parameters.roundId(unitCode, year);
    AsOf point = parameters.asOf(at, sequence);
    parameters.throwIfInvalid();
    return read(roundId).map(history -> history.asOf(point));
  }

  @ExceptionHandler
  ProblemDetail notRecorded(NoRecordedInputs none) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, none.getMessage());
  }

  private static HistoryFilter filter(
      AuditParameters parameters,
      String indicator,
      String agency,
      String from,
      String to,
      List<String> kinds) {
    HistoryFilter filter = parameters.filter(indicator, agency, from, to);
    return filter.ofKinds(parameters.kinds(kinds));
  }

  private Mono<RoundHistory> read(String roundId) {
    return Mono.fromCallable(() -> histories.read(roundId))
        .subscribeOn(Schedulers.boundedElastic());
  }
}

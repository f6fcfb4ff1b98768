package org.kaohe.assessment.submission.web;

import java.util.List;
import org.kaohe.assessment.round.web.SubmittingAgency;
import org.kaohe.assessment.submission.BatchLimits;
import org.kaohe.assessment.submission.Prepared;
import org.kaohe.assessment.submission.RoundOrderedRecording;
import org.kaohe.assessment.submission.batch.BatchItem;
import org.kaohe.assessment.submission.batch.BatchItems;
import org.kaohe.assessment.submission.batch.BatchReport;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.batch.BatchEntry;
import org.kaohe.platform.web.batch.BatchReader;
import org.kaohe.platform.web.batch.LimitedBody;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Agencies record many scores in one request, as a JSON array or NDJSON: each item is checked and
 * recorded on its own and answered with its own status; the batch itself is 200.
 */
@RestController
class BatchController {
  private final BatchReader reader;
  private final BatchItems items;
  private final RoundOrderedRecording recording;
  private final BatchLimits limits;

  BatchController(
      BatchReader reader, BatchItems items, RoundOrderedRecording recording, BatchLimits limits) {
    this.reader = reader;
    this.items = items;
    this.recording = recording;
    this.limits = limits;
  }

  @PostMapping(
      path = "/api/assessment/scores/batch",
      consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_NDJSON_VALUE})
  Mono<BatchReport> record(ServerHttpRequest request, Caller caller) {
    String agency = SubmittingAgency.of(caller);
    boolean lines =
        MediaType.APPLICATION_NDJSON.isCompatibleWith(request.getHeaders().getContentType());
    return LimitedBody.read(request.getBody(), limits.maxBytes(), "a batch")
        .map(body -> lines ? reader.readLines(body) : reader.readArray(body))
        .flatMap(entries -> record(entries, caller.principal(), agency));
  }

  private Mono<BatchReport> record(List<BatchEntry> entries, String principal, String agency) {
    List<BatchItem> prepared = items.prepare(entries);
    List<Prepared> ready = prepared.stream().map(BatchItem::prepared).toList();
    return recording
        .record(ready, principal, agency)
        .map(outcomes -> BatchReport.of(prepared, outcomes));
  }
}

package org.kaohe.assessment.round.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.kaohe.assessment.round.domain.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/assessment/rounds/{unitCode}/{year}}: a round's current scores and their source.
 */
@RestController
class RoundSummaryController {
  private final MongoCollection<Document> summaries;

  RoundSummaryController(MongoCollection<Document> roundSummaries) {
    this.summaries = roundSummaries;
  }

  @GetMapping("/api/assessment/rounds/{unitCode}/{year}")
  Mono<Document> round(@PathVariable String unitCode, @PathVariable int year) {
    String roundId = RoundId.of(unitCode(unitCode), year);
    return Mono.fromCallable(() -> summaries.find(Filters.eq("_id", roundId)).first())
        .subscribeOn(Schedulers.boundedElastic())
        .switchIfEmpty(
            Mono.error(
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "no recorded inputs for round " + roundId)));
  }

  private static UnitCode unitCode(String value) {
    try {
      return new UnitCode(value);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }
}

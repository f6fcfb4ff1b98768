package org.kaohe.platform.web.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.Role;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/sample")
class SampleController {

  private static final String INTERNAL_DETAIL = "connection string mongodb://secret@db";

  @PostMapping("/records")
  Mono<RecordedSample> record(@Valid @RequestBody SampleRecord body, Caller caller) {
    return Mono.just(
        new RecordedSample(
            body.unitCode(),
            body.score(),
            caller.principal(),
            caller.agency().orElse(null),
            caller.roles().stream().map(Role::claimValue).sorted().toList()));
  }

  @PostMapping("/measures")
  Mono<SampleMeasure> measure(@Valid @RequestBody SampleMeasure body) {
    return Mono.just(body);
  }

  @GetMapping("/public/ping")
  Mono<String> ping() {
    return Mono.just("pong");
  }

  @GetMapping("/public/caller")
  Mono<String> callerOnPublicPath(Caller caller) {
    return Mono.just(caller.principal());
  }

  @GetMapping("/failure")
  Mono<String> failure() {
    return Mono.error(new IllegalStateException(INTERNAL_DETAIL));
  }

  @GetMapping("/denied")
  Mono<String> denied() {
    return Mono.error(new AccessDeniedException("Not for this unit"));
  }

  @GetMapping("/conflict")
  Mono<String> conflict() {
    return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT, "Round 2026 is closed."));
  }

  @GetMapping("/invalid-fields")
  Mono<String> invalidFields() {
    return Mono.error(
        new InvalidFields(
            List.of(
                new FieldViolation("unitCode", "unknown unit code 999999"),
                new FieldViolation("year", "no indicator catalogue for year 2031"))));
  }

  @GetMapping("/years/{year}")
  Mono<Integer> year(@PathVariable @Min(2000) int year) {
    return Mono.just(year);
  }

  @GetMapping("/optional-agency")
  Mono<String> agency(Caller caller) {
    Optional<String> agency = caller.agency();
    return Mono.just(agency.orElse("none"));
  }
}

package org.kaohe.assessment.idempotency;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Applies {@code Idempotency-Key} to the writes under {@code /api/assessment/}: claims the key,
 * processes the request and keeps its final response, or answers from the key without processing.
 * Requests without the header pass untouched. A response of 5xx is not kept: the claim is released
 * so a retry runs. A response larger than the configured size is delivered but not kept: a retry is
 * answered 409 saying so, since the request must not run twice. If the client goes away
 * mid-request, the claim stays until the processing timeout, since the request may still complete.
 *
 * <p>What a keyed request holds in memory does not grow with its size: the body is fingerprinted as
 * it arrives and kept for the handler in a temporary file beyond a small size; of the response at
 * most the size that may be kept is held.
 */
public final class IdempotencyFilter implements WebFilter, Ordered {
  /** After Spring Security's filter chain (order -100): the key belongs to the caller. */
  public static final int ORDER = 0;

  public static final String REPLAYED_HEADER = "Idempotency-Replayed";

  private static final String PATH_PREFIX = "/api/assessment/";
  private static final Set<HttpMethod> READS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

  private final IdempotencyStore store;
  private final long maxBodyBytes;
  private final int maxBodyInMemory;
  private final long maxStoredResponseBytes;

  public IdempotencyFilter(IdempotencyStore store, IdempotencyProperties properties) {
    this.store = store;
    this.maxBodyBytes = properties.maxBodySize().toBytes();
    this.maxBodyInMemory = Math.toIntExact(properties.maxBodyInMemory().toBytes());
    this.maxStoredResponseBytes = properties.maxStoredResponseSize().toBytes();
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    String header = request.getHeaders().getFirst(IdempotencyKey.HEADER);
    if (header == null || !isWriteToTheService(request)) {
      return chain.filter(exchange);
    }
    Optional<String> invalid = IdempotencyKey.problemWith(header);
    if (invalid.isPresent()) {
      return Mono.error(IdempotencyProblems.invalidKey(invalid.get()));
    }
    IdempotencyKey key = IdempotencyKey.parse(header);
    return exchange
        .getPrincipal()
        .map(KeyOwner::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            owner ->
                owner.isPresent()
                    ? keyed(exchange, chain, owner.get(), key)
                    : chain.filter(exchange));
  }

  private static boolean isWriteToTheService(ServerHttpRequest request) {
    return !READS.contains(request.getMethod())
        && request.getPath().pathWithinApplication().value().startsWith(PATH_PREFIX);
  }

  private Mono<Void> keyed(
      ServerWebExchange exchange, WebFilterChain chain, KeyOwner owner, IdempotencyKey key) {
    ServerHttpRequest request = exchange.getRequest();
    RequestFingerprint fingerprint =
        RequestFingerprint.start(
            request.getMethod().name(), pathAndQuery(request), contentType(request));
    // A body over the limit fails with DataBufferLimitException, answered 413.
    return Mono.usingWhen(
        SpooledBody.of(request.getBody(), maxBodyBytes, maxBodyInMemory, fingerprint::update),
        body ->
            call(() -> store.claim(owner, key, fingerprint.finish()))
                .flatMap(
                    decision -> answer(decision, exchange, chain, new Claim(owner, key), body)),
        body -> run(body::close));
  }

  private Mono<Void> answer(
      KeyDecision decision,
      ServerWebExchange exchange,
      WebFilterChain chain,
      Claim claim,
      SpooledBody body) {
    if (decision instanceof KeyDecision.Proceed proceed) {
      return process(exchange, chain, claim.as(proceed.claimId()), body);
    }
    if (decision instanceof KeyDecision.Replay replay) {
      return replay(exchange.getResponse(), replay.response());
    }
    if (decision instanceof KeyDecision.Mismatch) {
      return Mono.error(IdempotencyProblems.mismatch());
    }
    return Mono.error(IdempotencyProblems.inFlight());
  }

  private Mono<Void> process(
      ServerWebExchange exchange, WebFilterChain chain, Claim claim, SpooledBody body) {
    RecordingResponse response =
        new RecordingResponse(
            exchange.getResponse(), maxStoredResponseBytes, recorded -> keep(claim, recorded));
    ServerWebExchange keyedExchange =
        exchange
            .mutate()
            .request(new SpooledBodyRequest(exchange.getRequest(), body))
            .response(response)
            .build();
    Mono<Void> releaseUnlessRecorded =
        Mono.defer(() -> response.recorded() ? Mono.empty() : release(claim));
    return chain
        .filter(keyedExchange)
        .onErrorResume(failure -> releaseUnlessRecorded.then(Mono.error(failure)))
        .then(releaseUnlessRecorded);
  }

  private Mono<Void> keep(Claim claim, RecordingResponse.Recorded recorded) {
    if (recorded.response().status() >= 500) {
      return release(claim);
    }
    StoredResponse response = recorded.response();
    if (recorded.tooLarge()) {
      log.warn(
          "Response larger than {} bytes not kept for Idempotency-Key replay; a retry is told so",
          maxStoredResponseBytes);
      response = IdempotencyProblems.notKept(response.status(), maxStoredResponseBytes);
    }
    StoredResponse kept = response;
    return run(() -> store.complete(claim.owner(), claim.key(), claim.id(), kept))
        .onErrorResume(
            failure -> {
              // The request has been processed: deliver its answer even if it cannot be kept.
              log.warn("Could not keep the response for an Idempotency-Key", failure);
              return Mono.empty();
            });
  }

  private Mono<Void> release(Claim claim) {
    return run(() -> store.release(claim.owner(), claim.key(), claim.id()));
  }

  private static Mono<Void> replay(ServerHttpResponse response, StoredResponse stored) {
    response.setStatusCode(HttpStatusCode.valueOf(stored.status()));
    HttpHeaders headers = response.getHeaders();
    if (stored.contentType() != null) {
      headers.set(HttpHeaders.CONTENT_TYPE, stored.contentType());
    }
    if (stored.location() != null) {
      headers.set(HttpHeaders.LOCATION, stored.location());
    }
    headers.set(REPLAYED_HEADER, "true");
    return response.writeWith(Mono.just(response.bufferFactory().wrap(stored.body())));
  }

  private static String pathAndQuery(ServerHttpRequest request) {
    String query = request.getURI().getRawQuery();
    return request.getURI().getRawPath() + (query == null ? "" : "?" + query);
  }

  private static MediaType contentType(ServerHttpRequest request) {
    try {
      return request.getHeaders().getContentType();
    } catch (InvalidMediaTypeException unreadable) {
      return null; // the handler refuses it
    }
  }

  private static <T> Mono<T> call(Callable<T> call) {
    return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
  }

  private static Mono<Void> run(Runnable call) {
    return Mono.fromRunnable(call).subscribeOn(Schedulers.boundedElastic()).then();
  }

  /** A key of an owner, and once claimed, the claim's id. */
  private record Claim(KeyOwner owner, IdempotencyKey key, String id) {
    Claim(KeyOwner owner, IdempotencyKey key) {
      this(owner, key, null);
    }

    Claim as(String claimId) {
      return new Claim(owner, key, claimId);
    }
  }
}

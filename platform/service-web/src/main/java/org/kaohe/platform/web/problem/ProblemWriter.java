package org.kaohe.platform.web.problem;

import java.net.URI;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes a {@link ProblemDetail} as {@code application/problem+json} outside of controllers. */
public final class ProblemWriter {

  private static final ResolvableType PROBLEM_TYPE = ResolvableType.forClass(ProblemDetail.class);

  private final HttpMessageWriter<ProblemDetail> writer;

  public ProblemWriter(ServerCodecConfigurer codecs) {
    this.writer = problemJsonWriter(codecs);
  }

  /**
   * Sets the status and content type, fills in {@code instance}, logs a denial, and writes the
   * body.
   */
  public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
    if (problem.getInstance() == null) {
      problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
    }
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return Denials.record(exchange, problem)
        .then(
            writer.write(
                Mono.just(problem),
                PROBLEM_TYPE,
                MediaType.APPLICATION_PROBLEM_JSON,
                response,
                Map.of()));
  }

  @SuppressWarnings("unchecked")
  private static HttpMessageWriter<ProblemDetail> problemJsonWriter(ServerCodecConfigurer codecs) {
    return codecs.getWriters().stream()
        .filter(candidate -> candidate.canWrite(PROBLEM_TYPE, MediaType.APPLICATION_PROBLEM_JSON))
        .map(candidate -> (HttpMessageWriter<ProblemDetail>) candidate)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No codec writes application/problem+json"));
  }
}

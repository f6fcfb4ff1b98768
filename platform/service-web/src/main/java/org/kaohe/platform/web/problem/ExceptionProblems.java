package org.kaohe.platform.web.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Problems for exceptions that carry no HTTP status of their own. Logs them here, so the client
 * sees only a generic detail and operators find the cause in the log.
 */
final class ExceptionProblems {

  static final String UNEXPECTED_DETAIL = "An unexpected error occurred; it has been logged.";

  private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)\\s*$");

  private static final Logger log = LoggerFactory.getLogger(ExceptionProblems.class);

  private ExceptionProblems() {}

  static ProblemDetail forFailure(ServerWebExchange exchange, Throwable failure) {
    Optional<ProblemDetail> known = known(failure);
    if (known.isEmpty()) {
      log.error("Unhandled error on {}", describe(exchange), failure);
      return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED_DETAIL);
    }
    return logIfServerError(exchange, failure, known.get());
  }

  static ProblemDetail logIfServerError(
      ServerWebExchange exchange, Throwable failure, ProblemDetail problem) {
    if (problem.getStatus() >= 500) {
      log.warn("{} on {}: {}", problem.getStatus(), describe(exchange), failure.toString());
    }
    return problem;
  }

  private static Optional<ProblemDetail> known(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (isUpstreamUnreachable(cause)) {
        return Optional.of(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_GATEWAY, "The upstream service is unavailable; retry later."));
      }
      if (cause instanceof DataBufferLimitException overLimit) {
        return Optional.of(
            ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge(overLimit)));
      }
    }
    return Optional.empty();
  }

  // Spring's codecs end the message with the limit that applied, which may be a codec's own.
  private static String tooLarge(DataBufferLimitException overLimit) {
    Matcher limit = TRAILING_NUMBER.matcher(String.valueOf(overLimit.getMessage()));
    return limit.find()
        ? "The request body exceeds the limit of " + limit.group(1) + " bytes for this request."
        : "The request body is too large.";
  }

  private static boolean isUpstreamUnreachable(Throwable cause) {
    return cause instanceof ConnectException
        || cause instanceof NoRouteToHostException
        || cause instanceof UnknownHostException
        || cause instanceof PrematureCloseException;
  }

  private static String describe(ServerWebExchange exchange) {
    return exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath();
  }
}

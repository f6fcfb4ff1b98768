package org.kaohe.platform.web.problem;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * The 415 problem for a body the endpoint does not read, naming the content types it does. Spring
 * raises some 415s without a word: a form body sent to a {@code @RequestBody} endpoint is refused
 * with a bare status, since WebFlux reads forms only through the exchange, so the accepted types
 * are then read off the handler's body parameter and the codecs.
 */
final class UnsupportedContent {

  /** A content type longer than this is not a client's mistake worth naming in full. */
  private static final int MAX_NAMED_LENGTH = 100;

  private final List<HttpMessageReader<?>> readers;

  UnsupportedContent(List<HttpMessageReader<?>> readers) {
    this.readers = List.copyOf(readers);
  }

  static boolean applies(int status) {
    return status == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value();
  }

  ProblemDetail problem(ServerWebExchange exchange, Throwable failure) {
    List<MediaType> accepted =
        failure instanceof UnsupportedMediaTypeStatusException unsupported
                && !unsupported.getSupportedMediaTypes().isEmpty()
            ? unsupported.getSupportedMediaTypes()
            : acceptedByHandler(exchange);
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail(sentType(exchange), accepted));
  }

  static String detail(String sent, List<MediaType> accepted) {
    String refusal =
        sent == null
            ? "The request body has no content type"
            : "The content type " + sent + " is not accepted here";
    if (accepted.isEmpty()) {
      return refusal + ".";
    }
    return refusal
        + "; send "
        + accepted.stream()
            .map(type -> type.getType() + "/" + type.getSubtype())
            .distinct()
            .collect(Collectors.joining(", "))
        + ".";
  }

  private static String sentType(ServerWebExchange exchange) {
    String header = exchange.getRequest().getHeaders().getFirst("Content-Type");
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      MediaType type = MediaType.parseMediaType(header);
      String named = type.getType() + "/" + type.getSubtype();
      return named.length() > MAX_NAMED_LENGTH ? "given" : named;
    } catch (InvalidMediaTypeException unreadable) {
      return "given";
    }
  }

  private List<MediaType> acceptedByHandler(ServerWebExchange exchange) {
    if (!(exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
        instanceof HandlerMethod handler)) {
      return List.of();
    }
    for (MethodParameter parameter : handler.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
        ResolvableType body = ResolvableType.forMethodParameter(parameter);
        ResolvableType element =
            ReactiveAdapterRegistry.getSharedInstance().getAdapter(body.toClass()) == null
                ? body
                : body.getGeneric();
        return readers.stream()
            .filter(reader -> reader.canRead(element, null))
            .flatMap(reader -> reader.getReadableMediaTypes(element).stream())
            .distinct()
            .toList();
      }
    }
    return List.of();
  }
}

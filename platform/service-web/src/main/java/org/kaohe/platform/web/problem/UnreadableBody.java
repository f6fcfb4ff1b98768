package org.kaohe.platform.web.problem;

import java.util.Optional;
import org.kaohe.platform.web.numbers.NumberRefused;
import org.springframework.core.codec.DecodingException;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Describes why a request body could not be decoded, naming the JSON location or field but never
 * echoing parser internals such as Java type names.
 */
final class UnreadableBody {

  private UnreadableBody() {}

  /**
   * A number the body holds out of bounds, as the violation of its field; the exception's message
   * is the rule it breaks, never the number.
   */
  static Optional<InvalidFields> refusedNumber(ServerWebInputException exception) {
    return find(exception, NumberRefused.class)
        .map(
            refused ->
                new InvalidFields(
                    find(exception, JacksonException.class).map(UnreadableBody::path).orElse(""),
                    refused.getMessage()));
  }

  static Optional<String> describe(ServerWebInputException exception) {
    if (find(exception, DecodingException.class).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        find(exception, JacksonException.class)
            .map(UnreadableBody::describe)
            .orElse("The request body could not be read."));
  }

  private static String describe(JacksonException json) {
    String path = path(json);
    if (!path.isEmpty()) {
      return "The request body has an invalid value at '" + path + "'.";
    }
    TokenStreamLocation location = json.getLocation();
    if (location != null && location.getLineNr() > 0) {
      return "The request body is not valid JSON (line "
          + location.getLineNr()
          + ", column "
          + location.getColumnNr()
          + ").";
    }
    return "The request body is not valid JSON.";
  }

  private static String path(JacksonException json) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : json.getPath()) {
      if (reference.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }
}

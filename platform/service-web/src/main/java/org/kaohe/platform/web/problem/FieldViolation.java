package org.kaohe.platform.web.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** One entry of the {@code errors} array of a 400 validation problem. */
public record FieldViolation(String field, String message) {

  private static final Comparator<FieldViolation> BY_FIELD =
      Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message);

  static List<FieldViolation> of(Errors errors) {
    return errors.getAllErrors().stream().map(FieldViolation::fromError).sorted(BY_FIELD).toList();
  }

  static List<FieldViolation> of(HandlerMethodValidationException exception) {
    return exception.getParameterValidationResults().stream()
        .flatMap(FieldViolation::fromResult)
        .sorted(BY_FIELD)
        .toList();
  }

  private static Stream<FieldViolation> fromResult(ParameterValidationResult result) {
    if (result instanceof ParameterErrors errors) {
      return of(errors).stream();
    }
    String parameter = result.getMethodParameter().getParameterName();
    return result.getResolvableErrors().stream()
        .map(error -> new FieldViolation(parameter, error.getDefaultMessage()));
  }

  private static FieldViolation fromError(ObjectError error) {
    String field = error instanceof FieldError fieldError ? fieldError.getField() : "";
    return new FieldViolation(field, error.getDefaultMessage());
  }
}

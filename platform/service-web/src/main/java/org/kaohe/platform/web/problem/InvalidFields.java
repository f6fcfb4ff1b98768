package org.kaohe.platform.web.problem;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request whose fields or parameters break the service's rules: a 400 problem whose {@code
 * errors} array names every one of them. The message joins them, for logs and the detail.
 */
public final class InvalidFields extends RuntimeException {
  private final List<FieldViolation> violations;

  public InvalidFields(List<FieldViolation> violations) {
    super(violations.stream().map(FieldViolation::message).collect(Collectors.joining("; ")));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid request names at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public InvalidFields(FieldViolation violation) {
    this(List.of(violation));
  }

  public InvalidFields(String field, String message) {
    this(new FieldViolation(field, message));
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  /** The 400 problem naming every violation, as answered to a request or a batch item. */
  public ProblemDetail toProblem() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, getMessage());
    problem.setProperty(ProblemExceptionHandler.ERRORS_PROPERTY, violations);
    return problem;
  }
}

package org.kaohe.assessment.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A problem as an item's JSON: the RFC 9457 members and the problem's own properties (such as
 * {@code errors} or {@code current}), exactly as a single request's problem+json body.
 */
public final class ProblemBody {
  private ProblemBody() {}

  public static Map<String, Object> of(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
    body.put("title", title(problem));
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return body;
  }

  private static String title(ProblemDetail problem) {
    if (problem.getTitle() != null) {
      return problem.getTitle();
    }
    HttpStatus status = HttpStatus.resolve(problem.getStatus());
    return status == null ? null : status.getReasonPhrase();
  }
}

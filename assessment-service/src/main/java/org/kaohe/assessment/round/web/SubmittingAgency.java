package org.kaohe.assessment.round.web;

import org.kaohe.assessment.round.application.RoundCommands;
import org.kaohe.platform.web.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Every submission is made for an agency: the one its token names. */
public final class SubmittingAgency {
  private SubmittingAgency() {}

  /**
   * @throws ResponseStatusException 403 when the token names no agency
   */
  public static String of(Caller caller) {
    return caller
        .agency()
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "submitting assessment inputs needs a token that names the submitting agency"));
  }

  /** The caller as the round's commands name it: principal, agency, request id (or null). */
  public static RoundCommands.Caller caller(Caller caller, String requestId) {
    return new RoundCommands.Caller(caller.principal(), of(caller), requestId);
  }
}

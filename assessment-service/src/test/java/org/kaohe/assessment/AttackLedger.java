package org.kaohe.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kaohe.assessment.HostileRequest.Answer;
import org.kaohe.assessment.HostileRequest.Expect;

/**
 * Judges each hostile request by what came back and what the event store holds afterwards, and
 * keeps the counts a run reports in one line, e.g. {@code fuzz: 412 requests, 0 5xx, 0 leaks, 0
 * bypasses}.
 *
 * <ul>
 *   <li>a <b>5xx</b> is a server error or no answer at all;
 *   <li>a <b>leak</b> is an answer that echoes unbounded input, shows the service's internals
 *       (exception or Java type names, stack frames) or carries data the caller may not see;
 *   <li>a <b>bypass</b> is a request that must be refused but was accepted, or a refusal after
 *       which the event store holds more than before.
 * </ul>
 */
public final class AttackLedger {

  /** An answer echoing more than this is echoing the input rather than describing it. */
  static final int MAX_ANSWER_CHARS = 64 * 1024;

  private static final Pattern INTERNALS =
      Pattern.compile(
          "Exception|\\bat (java|org|com|reactor|io)\\.|\\bjava\\.(lang|util|math)\\.|"
              + "com\\.fasterxml|tools\\.jackson|org\\.kaohe\\.|org\\.axonframework");

  private final String name;
  private int requests;
  private int serverErrors;
  private int leaks;
  private int bypasses;

  public AttackLedger(String name) {
    this.name = name;
  }

  /**
   * Records one request and returns what was wrong with its answer (empty when nothing was).
   *
   * @param eventsBefore the event store's document count before the request
   * @param eventsAfter the count after it
   * @param secrets texts the caller may not see, none of which may appear in the answer
   */
  public synchronized List<String> judge(
      HostileRequest request,
      Answer answer,
      long eventsBefore,
      long eventsAfter,
      List<String> secrets) {
    requests++;
    List<String> wrong = new ArrayList<>();
    if (answer.status() == 0 || answer.status() >= 500) {
      serverErrors++;
      wrong.add("answered " + describe(answer));
    }
    if (answer.refusal() && !answer.problem()) {
      wrong.add(
          "refused with "
              + answer.status()
              + " but not as problem+json with status and detail: "
              + answer.contentType()
              + " "
              + describe(answer));
    }
    boolean leaked = false;
    if (answer.body().length() > MAX_ANSWER_CHARS) {
      leaked = true;
      wrong.add("answer of " + answer.body().length() + " characters echoes the input");
    }
    if (answer.status() != 0 && INTERNALS.matcher(answer.body()).find()) {
      leaked = true;
      wrong.add("answer shows the service's internals: " + describe(answer));
    }
    for (String secret : secrets) {
      if (answer.body().contains(secret)) {
        leaked = true;
        wrong.add("answer carries data the caller may not see: " + secret);
      }
    }
    if (leaked) {
      leaks++;
    }
    boolean bypassed = false;
    List<Integer> items = answer.itemStatuses();
    boolean everyItemRefused = !items.isEmpty() && items.stream().allMatch(s -> s >= 400);
    boolean everyItemAccepted = items.stream().allMatch(s -> s < 300);
    if (request.expect() == Expect.REFUSED) {
      if (answer.status() >= 200 && answer.status() < 300 && !everyItemRefused) {
        bypassed = true;
        wrong.add("accepted what must be refused: " + describe(answer));
      }
      if (eventsAfter != eventsBefore) {
        bypassed = true;
        wrong.add("stored " + (eventsAfter - eventsBefore) + " events on a refusal");
      }
    } else if (answer.status() < 200 || answer.status() >= 300 || !everyItemAccepted) {
      wrong.add("refused what must be accepted: " + describe(answer));
    }
    if (bypassed) {
      bypasses++;
    }
    return wrong;
  }

  public synchronized String summary() {
    return String.format(
        Locale.ROOT,
        "%s: %d requests, %d 5xx, %d leaks, %d bypasses",
        name,
        requests,
        serverErrors,
        leaks,
        bypasses);
  }

  private static String describe(Answer answer) {
    String body = answer.body();
    String shown =
        body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + " chars)" : body;
    return answer.status() + " " + printable(shown);
  }

  /** Control characters and surrogates as escapes, so that a report can carry them. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars()
        .forEach(
            c -> {
              if (c < 0x20 || Character.isSurrogate((char) c) || c == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                out.append((char) c);
              }
            });
    return out.toString();
  }
}

package org.kaohe.platform.web.servicecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kaohe.platform.web.servicecheck.HostileRequest.Answer;
import org.kaohe.platform.web.servicecheck.HostileRequest.Expect;
import tools.jackson.databind.JsonNode;

/**
 * Judges each hostile request by what came back and what the service stored meanwhile, and keeps
 * the counts a run reports in one line, e.g. {@code survey fuzz: 412 requests, 0 5xx, 0 leaks, 0
 * bypasses}.
 *
 * <ul>
 *   <li>a <b>5xx</b> is a server error or no answer at all;
 *   <li>a <b>leak</b> is an answer that echoes the input rather than describing it (more than
 *       {@value #MAX_ANSWER_CHARS} characters, or one of the request's tells) or shows the
 *       service's internals (exception or Java type names, stack frames);
 *   <li>a <b>bypass</b> is a request that must be refused but was accepted, or a refusal after
 *       which the service holds more than before.
 * </ul>
 */
public final class AttackLedger {

  /** An answer longer than this is echoing the input rather than describing it. */
  public static final int MAX_ANSWER_CHARS = 64 * 1024;

  private static final Pattern INTERNALS =
      Pattern.compile(
          "Exception|\\bat (java|org|com|reactor|io)\\.|\\bjava\\.(lang|util|math|time|io)\\.|"
              + "com\\.fasterxml|tools\\.jackson|org\\.kaohe\\.|org\\.axonframework|com\\.mongodb|"
              + "org\\.bson|org\\.springframework");

  private final String name;
  private final Function<JsonNode, List<Boolean>> itemsAccepted;
  private int requests;
  private int serverErrors;
  private int leaks;
  private int bypasses;

  /**
   * @param itemsAccepted for a 2xx answer reporting the items of a batch one by one, whether each
   *     was accepted; empty for any other answer
   */
  public AttackLedger(String name, Function<JsonNode, List<Boolean>> itemsAccepted) {
    this.name = name;
    this.itemsAccepted = itemsAccepted;
  }

  /** A ledger for a service whose answers never report items one by one. */
  public AttackLedger(String name) {
    this(name, answer -> List.of());
  }

  /** Whether the answer is a report of items every one of which was refused. */
  public boolean everyItemRefused(Answer answer) {
    List<Boolean> items = itemsAccepted.apply(answer.node());
    return answer.success() && !items.isEmpty() && items.stream().noneMatch(accepted -> accepted);
  }

  /**
   * Records one request and returns what was wrong with its answer (empty when nothing was).
   *
   * @param storedBefore what the service held before the request, as a count of documents
   * @param storedAfter the count after it
   */
  public List<String> judge(
      HostileRequest request, Answer answer, long storedBefore, long storedAfter) {
    return judge(request, answer, storedBefore, storedAfter, List.of());
  }

  /**
   * @param secrets texts the caller may not see, none of which may appear in the answer
   */
  public synchronized List<String> judge(
      HostileRequest request,
      Answer answer,
      long storedBefore,
      long storedAfter,
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
    for (String tell : request.tells()) {
      if (answer.body().contains(tell)) {
        leaked = true;
        wrong.add("answer echoes the input: " + describe(answer));
      }
    }
    if (leaked) {
      leaks++;
    }
    boolean bypassed = false;
    List<Boolean> items = itemsAccepted.apply(answer.node());
    if (request.expect() == Expect.REFUSED) {
      if (answer.success() && !everyItemRefused(answer)) {
        bypassed = true;
        wrong.add("accepted what must be refused: " + describe(answer));
      }
      if (storedAfter != storedBefore) {
        bypassed = true;
        wrong.add("stored " + (storedAfter - storedBefore) + " documents on a refusal");
      }
    } else if (!answer.success() || items.contains(false)) {
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

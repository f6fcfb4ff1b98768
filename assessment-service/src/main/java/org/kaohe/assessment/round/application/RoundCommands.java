package org.kaohe.assessment.round.application;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kaohe.assessment.round.domain.SubmissionWindow;
import org.kaohe.assessment.round.domain.Submitter;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.metadata.SubmissionMetaData;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.RoundCalendar;

/**
 * What every command to a unit's round carries and how it is sent: the submitter stamped with the
 * clock, the round's window from its calendar, and metadata naming who asked, for which agency, why
 * and with which request id (copied onto the resulting events).
 */
public final class RoundCommands {
  private final CommandGateway commands;
  private final ReferenceData reference;
  private final Clock clock;

  public RoundCommands(CommandGateway commands, ReferenceData reference, Clock clock) {
    this.commands = commands;
    this.reference = reference;
    this.clock = clock;
  }

  Submitter submitter(Caller caller) {
    return new Submitter(caller.principal(), new AgencyCode(caller.agency()), clock.instant());
  }

  /** The window of a catalogued year's round. */
  SubmissionWindow window(int year) {
    RoundCalendar calendar = reference.catalogue(year).orElseThrow().calendar();
    return new SubmissionWindow(calendar.opensAt(), calendar.closesAt());
  }

  <R> CompletableFuture<R> send(Object command, Caller caller, String reason) {
    return commands.send(
        command,
        SubmissionMetaData.of(caller.principal(), caller.agency(), caller.requestId(), reason));
  }

  /** What {@code sending} returns, or a future failed with the refusal it threw before sending. */
  static <R> CompletableFuture<R> refusedOrSent(Supplier<CompletableFuture<R>> sending) {
    try {
      return sending.get();
    } catch (RuntimeException refused) {
      return CompletableFuture.failedFuture(refused);
    }
  }

  /** Who submits: the token's principal and agency, and the client's request id (or null). */
  public record Caller(String principal, String agency, String requestId) {}
}

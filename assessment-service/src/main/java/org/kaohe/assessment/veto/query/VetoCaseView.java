package org.kaohe.assessment.veto.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.kaohe.assessment.veto.domain.VetoStatus;

/**
 * A veto case as read: its current {@code proposal}, the {@code decision} on it (null while it is
 * pending), and the {@code history} of every step, oldest first, including earlier rejected
 * proposals.
 */
public record VetoCaseView(
    String vetoId,
    String unitCode,
    int year,
    String itemCode,
    String competentDepartment,
    VetoStatus status,
    Step proposal,
    Step decision,
    List<Step> history) {

  /** One step: who ({@code by}, a principal) of which agency did it, when, and the text given. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(
      VetoStatus step,
      String by,
      String agency,
      Instant at,
      String grounds,
      String opinion,
      String reason) {}
}

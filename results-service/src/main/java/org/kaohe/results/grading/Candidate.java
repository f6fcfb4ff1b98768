package org.kaohe.results.grading;

import java.util.List;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.results.scoring.Composite;

/**
 * A unit or cadre of a peer group, to be graded: its composite, its political-quality rating (null
 * until rated) and its veto cases in whatever state they are.
 */
public record Candidate(String code, Composite composite, Rating rating, List<Veto> vetoes) {

  public Candidate {
    vetoes = List.copyOf(vetoes);
  }

  /** The current rating and the event that gave it. */
  public record Rating(PoliticalRating rating, String eventId) {}

  /** A veto case: only a confirmed one has an effect; its events are its proposal and decision. */
  public record Veto(String vetoId, Status status, List<String> eventIds) {
    public Veto {
      eventIds = List.copyOf(eventIds);
    }

    public enum Status {
      PROPOSED,
      CONFIRMED,
      REJECTED
    }
  }
}

package org.kaohe.assessment.audit;

import java.time.Instant;

/** A past point of a round's history: an instant or an event sequence, both inclusive. */
public sealed interface AsOf {

  boolean includes(RecordedChange change);

  /** The point as a sentence ends with it: "at 2026-12-01T09:00:00Z", "at sequence 3". */
  String describe();

  record AtInstant(Instant at) implements AsOf {
    @Override
    public boolean includes(RecordedChange change) {
      return !change.recordedAt().isAfter(at);
    }

    @Override
    public String describe() {
      return "at " + at;
    }
  }

  record AtSequence(long sequence) implements AsOf {
    @Override
    public boolean includes(RecordedChange change) {
      return change.sequence() <= sequence;
    }

    @Override
    public String describe() {
      return "at sequence " + sequence;
    }
  }
}

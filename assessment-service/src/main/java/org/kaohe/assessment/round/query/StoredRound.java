package org.kaohe.assessment.round.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;

/**
 * A round's read-model document, read as typed inputs: each kind of input under its own field, in
 * the order the projection stored them.
 */
final class StoredRound {
  static final String SCORES = "scores";
  static final String RATINGS = "ratings";
  static final String EVALUATIONS = "evaluations";
  static final String FINDINGS = "findings";

  /** Every kind of input and how to read one, in the order a round lists them. */
  static final Map<String, Function<Document, ? extends RecordedInput>> KINDS = kinds();

  private StoredRound() {}

  static <T extends RecordedInput> Map<String, T> inputs(
      Document round, String kind, Function<Document, T> view) {
    Map<String, T> inputs = new LinkedHashMap<>();
    Document stored = round.get(kind, Document.class);
    if (stored != null) {
      stored.forEach((key, input) -> inputs.put(key, view.apply((Document) input)));
    }
    return inputs;
  }

  static RoundView.Reopening reopening(Document round) {
    Document reopened = round.get("reopened", Document.class);
    return reopened == null
        ? null
        : new RoundView.Reopening(
            reopened.getString("until"),
            reopened.getString("reason"),
            reopened.getString("reopenedBy"),
            reopened.getString("reopenedAt"));
  }

  private static Map<String, Function<Document, ? extends RecordedInput>> kinds() {
    Map<String, Function<Document, ? extends RecordedInput>> kinds = new LinkedHashMap<>();
    kinds.put(SCORES, RecordedInput.Score::of);
    kinds.put(RATINGS, RecordedInput.Rating::of);
    kinds.put(EVALUATIONS, RecordedInput.Evaluation::of);
    kinds.put(FINDINGS, RecordedInput.Finding::of);
    return kinds;
  }
}

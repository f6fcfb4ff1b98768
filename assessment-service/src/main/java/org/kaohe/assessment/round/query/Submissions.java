package org.kaohe.assessment.round.query;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** The inputs of one round's read-model document that an agency recorded, each with its kind. */
final class Submissions {
  private Submissions() {}

  static List<Document> by(String agency, Document round) {
    List<Document> mine = new ArrayList<>();
    for (String kind : List.of("scores", "ratings", "evaluations", "findings")) {
      Document inputs = round.get(kind, Document.class);
      if (inputs == null) {
        continue;
      }
      inputs.forEach(
          (key, value) -> {
            Document input = (Document) value;
            if (agency.equals(input.getString("agency"))) {
              Document entry = new Document("kind", kind).append("key", key);
              entry.append("unitCode", round.getString("unitCode"));
              input.forEach(entry::append);
              mine.add(entry);
            }
          });
    }
    return mine;
  }
}

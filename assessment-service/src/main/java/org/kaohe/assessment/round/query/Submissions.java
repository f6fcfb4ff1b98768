package org.kaohe.assessment.round.query;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** The inputs of one round's read-model document that an agency recorded, each with its kind. */
final class Submissions {
  private Submissions() {}

  static List<AgencyWork.Submission> by(String agency, Document round) {
    List<AgencyWork.Submission> mine = new ArrayList<>();
    StoredRound.KINDS.forEach(
        (kind, view) ->
            StoredRound.inputs(round, kind, view)
                .forEach(
                    (key, input) -> {
                      if (agency.equals(input.recorded().agency())) {
                        mine.add(
                            new AgencyWork.Submission(
                                kind, key, round.getString("unitCode"), input));
                      }
                    }));
    return mine;
  }
}

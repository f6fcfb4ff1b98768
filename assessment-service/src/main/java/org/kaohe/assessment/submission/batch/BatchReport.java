package org.kaohe.assessment.submission.batch;

import java.util.ArrayList;
import java.util.List;
import org.kaohe.assessment.submission.Outcome;
import org.kaohe.assessment.submission.Summary;

/** The answer to a batch: the counts, and each item's result in input order. */
public record BatchReport(Summary summary, List<BatchItemResult> items) {

  public static BatchReport of(List<BatchItem> items, List<Outcome> outcomes) {
    List<BatchItemResult> results = new ArrayList<>();
    for (int index = 0; index < items.size(); index++) {
      results.add(BatchItemResult.of(items.get(index), outcomes.get(index)));
    }
    return new BatchReport(Summary.of(outcomes), results);
  }
}

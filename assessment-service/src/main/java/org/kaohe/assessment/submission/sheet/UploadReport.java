package org.kaohe.assessment.submission.sheet;

import java.util.ArrayList;
import java.util.List;
import org.kaohe.assessment.submission.Outcome;
import org.kaohe.assessment.submission.Summary;

/** The answer to an upload: the counts, and each filled row's answer in the sheet's order. */
public record UploadReport(Summary summary, List<ReportRow> rows) {

  public static UploadReport of(UploadedSheet sheet, List<Outcome> outcomes) {
    List<ReportRow> rows = new ArrayList<>();
    for (int index = 0; index < sheet.filled().size(); index++) {
      rows.add(ReportRow.of(sheet.filled().get(index), outcomes.get(index)));
    }
    return new UploadReport(Summary.of(outcomes).withSkipped(sheet.skipped()), rows);
  }
}

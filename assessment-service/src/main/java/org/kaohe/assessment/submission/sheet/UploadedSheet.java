package org.kaohe.assessment.submission.sheet;

import java.util.List;

/**
 * The rows of an upload to record, and how many were left unfilled (an empty value cell).
 *
 * @param filled the rows with a value, in the sheet's order
 */
public record UploadedSheet(List<SheetRow> filled, int skipped) {

  public UploadedSheet {
    filled = List.copyOf(filled);
  }
}

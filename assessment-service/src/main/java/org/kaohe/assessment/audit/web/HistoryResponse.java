package org.kaohe.assessment.audit.web;

import java.util.List;
import org.kaohe.assessment.audit.Page;
import org.kaohe.assessment.audit.RecordedChange;

/** One page of a round's history. */
record HistoryResponse(
    String roundId,
    List<RecordedChange> items,
    int page,
    int size,
    long totalItems,
    int totalPages) {

  static HistoryResponse of(String roundId, Page<RecordedChange> page) {
    return new HistoryResponse(
        roundId, page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
  }
}

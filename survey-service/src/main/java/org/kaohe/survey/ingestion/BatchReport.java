package org.kaohe.survey.ingestion;

import java.util.List;

/**
 * The answer to a batch: its id (also in the campaign's audit trail), its counts, and every
 * response's own result in the order sent.
 */
public record BatchReport(
    String batchId,
    int received,
    int stored,
    int alreadyStored,
    int refused,
    int duplicateRespondents,
    int partials,
    List<LineResult> results) {}

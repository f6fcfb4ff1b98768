package org.kaohe.assessment.submission.batch;

import org.kaohe.assessment.submission.Prepared;

/**
 * An item of a batch, checked as far as its own content allows.
 *
 * @param itemId the client's id of the item, or null when it gave none
 * @param line its NDJSON line, or null
 */
public record BatchItem(String itemId, Integer line, Prepared prepared) {}

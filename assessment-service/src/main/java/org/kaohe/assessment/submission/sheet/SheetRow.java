package org.kaohe.assessment.submission.sheet;

import org.kaohe.assessment.submission.Prepared;

/**
 * A filled row of an uploaded sheet, checked as far as its own cells allow.
 *
 * @param row its number as the spreadsheet shows it
 * @param requestId what the audit trail shows for the change it makes
 */
public record SheetRow(int row, String requestId, Prepared prepared) {}

package org.kaohe.assessment.veto.web;

import org.kaohe.platform.web.validation.FreeText;

/** The body of {@code POST /api/assessment/vetoes/{vetoId}/confirmation}; it may be omitted. */
record ConfirmVetoRequest(@FreeText(max = 2000, multiline = true) String opinion) {}

package org.kaohe.assessment.veto.web;

import jakarta.validation.constraints.NotEmpty;
import org.kaohe.platform.web.validation.FreeText;

/** The body of {@code POST /api/assessment/vetoes/{vetoId}/rejection}. */
record RejectVetoRequest(@NotEmpty @FreeText(max = 2000, multiline = true) String reason) {}

package org.kaohe.assessment.veto.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/assessment/vetoes/{vetoId}/rejection}. */
record RejectVetoRequest(
    @NotBlank @Size(max = 2000, message = "must be at most 2000 characters") String reason) {}

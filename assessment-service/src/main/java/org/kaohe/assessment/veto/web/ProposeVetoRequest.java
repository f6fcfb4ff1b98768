package org.kaohe.assessment.veto.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.kaohe.events.ids.Codes;
import org.kaohe.events.validation.AssessmentYear;
import org.kaohe.events.validation.UnitCodeFormat;
import org.kaohe.platform.web.validation.FreeText;

/** The body of {@code POST /api/assessment/vetoes}. */
record ProposeVetoRequest(
    @NotNull @UnitCodeFormat String unitCode,
    @NotNull @AssessmentYear Integer year,
    @NotNull
        @Pattern(regexp = Codes.FORMAT, message = "must be a veto item code such as VETO-SAFETY")
        String itemCode,
    @NotEmpty @FreeText(max = 2000, multiline = true) String grounds) {}

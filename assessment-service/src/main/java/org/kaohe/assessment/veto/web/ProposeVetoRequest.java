package org.kaohe.assessment.veto.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kaohe.events.ids.Codes;
import org.kaohe.events.validation.AssessmentYear;
import org.kaohe.events.validation.UnitCodeFormat;

/** The body of {@code POST /api/assessment/vetoes}. */
record ProposeVetoRequest(
    @NotNull @UnitCodeFormat String unitCode,
    @NotNull @AssessmentYear Integer year,
    @NotNull
        @Pattern(regexp = Codes.FORMAT, message = "must be a veto item code such as VETO-SAFETY")
        String itemCode,
    @NotBlank @Size(max = 2000, message = "must be at most 2000 characters") String grounds) {}

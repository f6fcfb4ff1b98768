package org.kaohe.assessment.veto.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.kaohe.assessment.web.CodeFormat;
import org.kaohe.platform.web.validation.FreeText;

/** The body of {@code POST /api/assessment/vetoes}. */
record ProposeVetoRequest(
    @NotNull
        @Pattern(
            regexp = CodeFormat.REGEX,
            message = "must be a unit code such as 620100 or GS-D01")
        String unitCode,
    @NotNull @Min(2000) @Max(2100) Integer year,
    @NotNull
        @Pattern(
            regexp = CodeFormat.REGEX,
            message = "must be a veto item code such as VETO-SAFETY")
        String itemCode,
    @NotBlank @FreeText(max = 2000, multiline = true) String grounds) {}

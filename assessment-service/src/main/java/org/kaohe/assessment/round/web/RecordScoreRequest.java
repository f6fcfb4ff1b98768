package org.kaohe.assessment.round.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The body of {@code POST /api/assessment/scores}; {@code reason} says why a score is changed. The
 * value's range and decimals are the indicator's scale, checked against the catalogue.
 */
public record RecordScoreRequest(
    @NotNull
        @Pattern(
            regexp = "[A-Z0-9][A-Z0-9-]{1,31}",
            message = "must be a unit code such as 620100 or GS-D01")
        String unitCode,
    @NotNull @Min(2000) @Max(2100) Integer year,
    @NotNull
        @Pattern(
            regexp = "[A-Z0-9][A-Z0-9-]{1,31}",
            message = "must be an indicator code such as HQD-ECONOMY")
        String indicatorCode,
    @NotNull BigDecimal value,
    @Size(max = 500, message = "must be at most 500 characters") String reason) {}

package org.kaohe.assessment.round.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.events.ids.Codes;
import org.kaohe.events.validation.AssessmentYear;
import org.kaohe.events.validation.UnitCodeFormat;

/** The bodies of the round's inputs besides scores. */
final class InputRequests {

  private InputRequests() {}

  /** {@code POST /api/assessment/political-ratings}. */
  record Rating(
      @NotNull @UnitCodeFormat String unitCode,
      @NotNull @AssessmentYear Integer year,
      @Pattern(regexp = Codes.FORMAT, message = "must be a cadre code such as C-620100-1")
          String cadreCode,
      @NotNull(message = "must be GOOD, FAIRLY_GOOD, AVERAGE or POOR") PoliticalRating rating,
      @NotBlank(message = "a rating needs its basis") @Size(max = 500) String basis,
      @Size(max = 500) String reason) {}

  /** {@code POST /api/assessment/democratic-evaluations}. */
  record Evaluation(
      @NotNull @UnitCodeFormat String unitCode,
      @NotNull @AssessmentYear Integer year,
      @Pattern(regexp = Codes.FORMAT, message = "must be a cadre code such as C-620100-1")
          String cadreCode,
      @NotNull @Pattern(regexp = Codes.FORMAT, message = "must be a rater group code")
          String raterGroup,
      @NotNull @Min(1) Integer ballots,
      @NotNull Map<String, Integer> gradeCounts,
      @NotNull @Min(0) Integer negativeVotes,
      @Size(max = 500) String reason) {}

  /** {@code POST /api/assessment/findings}. */
  record Finding(
      @NotNull @UnitCodeFormat String unitCode,
      @NotNull @AssessmentYear Integer year,
      @Pattern(regexp = Codes.FORMAT, message = "must be a cadre code such as C-620100-1")
          String cadreCode,
      @NotNull
          @Pattern(
              regexp = Codes.FORMAT,
              message = "must be the agency's reference, e.g. AUDIT-2026-0147")
          String findingId,
      @NotNull String source,
      @NotNull String severity,
      @NotBlank(message = "a finding needs a summary") @Size(max = 2000) String summary,
      BigDecimal deduction) {}
}

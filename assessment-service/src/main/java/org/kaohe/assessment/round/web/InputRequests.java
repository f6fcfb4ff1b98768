package org.kaohe.assessment.round.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Map;
import org.kaohe.events.assessment.PoliticalRating;
import org.kaohe.events.ids.Codes;
import org.kaohe.events.validation.AssessmentYear;
import org.kaohe.events.validation.UnitCodeFormat;
import org.kaohe.platform.web.validation.FreeText;

/** The bodies of the round's inputs besides scores. */
final class InputRequests {
  /** More than any rater group of a province's assessment, far from overflowing a sum. */
  static final int MAX_BALLOTS = 100_000;

  private InputRequests() {}

  /** {@code POST /api/assessment/political-ratings}. */
  record Rating(
      @NotNull @UnitCodeFormat String unitCode,
      @NotNull @AssessmentYear Integer year,
      @Pattern(regexp = Codes.FORMAT, message = "must be a cadre code such as C-620100-1")
          String cadreCode,
      @NotNull(message = "must be GOOD, FAIRLY_GOOD, AVERAGE or POOR") PoliticalRating rating,
      @NotEmpty(message = "a rating needs its basis") @FreeText(max = 500, multiline = true)
          String basis,
      @FreeText(max = 500, multiline = true) String reason) {}

  /** {@code POST /api/assessment/democratic-evaluations}. */
  record Evaluation(
      @NotNull @UnitCodeFormat String unitCode,
      @NotNull @AssessmentYear Integer year,
      @Pattern(regexp = Codes.FORMAT, message = "must be a cadre code such as C-620100-1")
          String cadreCode,
      @NotNull @Pattern(regexp = Codes.FORMAT, message = "must be a rater group code")
          String raterGroup,
      @NotNull
          @Min(1)
          @Max(
              value = MAX_BALLOTS,
              message = "a rater group casts at most " + MAX_BALLOTS + " ballots")
          Integer ballots,
      @NotNull Map<@FreeText(max = 40) String, Integer> gradeCounts,
      @NotNull @Min(0) Integer negativeVotes,
      @FreeText(max = 500, multiline = true) String reason) {}

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
      @NotNull @FreeText(max = 100) String source,
      @NotNull @FreeText(max = 100) String severity,
      @NotEmpty(message = "a finding needs a summary") @FreeText(max = 2000, multiline = true)
          String summary,
      BigDecimal deduction) {}
}

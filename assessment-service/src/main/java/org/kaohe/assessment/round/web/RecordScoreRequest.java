package org.kaohe.assessment.round.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.kaohe.assessment.round.application.ScoreInput;
import org.kaohe.events.ids.Codes;
import org.kaohe.events.validation.AssessmentYear;
import org.kaohe.events.validation.UnitCodeFormat;
import org.kaohe.platform.web.validation.FreeText;

/**
 * The body of {@code POST /api/assessment/scores}. {@code cadreCode} scores one of the unit's
 * cadres; {@code period} (H1, H2) a half-year of the regular assessment. A correction names the
 * value it {@code replaces} and its {@code reason}. The value's range and decimals are the
 * indicator's scale, checked against the catalogue.
 */
public record RecordScoreRequest(
    @NotNull @UnitCodeFormat String unitCode,
    @NotNull @AssessmentYear Integer year,
    @NotNull
        @Pattern(regexp = Codes.FORMAT, message = "must be an indicator code such as HQD-ECONOMY")
        String indicatorCode,
    @Pattern(regexp = Codes.FORMAT, message = "must be a cadre code such as C-620100-1")
        String cadreCode,
    @Pattern(regexp = "H1|H2", message = "must be H1 or H2") String period,
    @NotNull BigDecimal value,
    BigDecimal replaces,
    @FreeText(max = 500, multiline = true) String reason) {

  public ScoreInput toInput() {
    return new ScoreInput(
        unitCode, year, indicatorCode, cadreCode, period, value, replaces, reason);
  }
}

package org.kaohe.survey.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kaohe.events.ids.Codes;
import org.kaohe.events.validation.AssessmentYear;
import org.kaohe.platform.web.validation.FreeText;

/**
 * A campaign as an administrator defines it. Left out: {@code units} are the surveyed units of the
 * reference data, {@code defaultQuota} is sized for a ±5-point margin at 95%, {@code weighting} is
 * the service's default, and without population shares every respondent weighs the same.
 */
public record CampaignRequest(
    @NotNull @Pattern(regexp = Codes.FORMAT) String campaignId,
    @NotNull @AssessmentYear Integer year,
    @Min(1) @Max(12) Integer wave,
    @Size(max = 500) List<@NotNull @Pattern(regexp = Codes.FORMAT) String> units,
    @NotEmpty @Size(max = 200) List<@NotNull @Valid ItemRequest> items,
    @DecimalMin("0") @DecimalMax("1") BigDecimal minimumRequiredShare,
    @Size(max = 10)
        Map<
                @NotNull @Pattern(regexp = NAME) String,
                @NotNull @Size(min = 1, max = 30) List<@NotNull @Pattern(regexp = NAME) String>>
            demographics,
    @Size(max = 10)
        Map<
                @NotNull @Pattern(regexp = NAME) String,
                @NotNull @Size(max = 30) Map<
                    @NotNull @Pattern(regexp = NAME) String,
                    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal>>
            defaultTargets,
    @Size(max = 500)
        Map<
                @NotNull @Pattern(regexp = Codes.FORMAT) String,
                @NotNull @Size(max = 10) Map<
                    @NotNull @Pattern(regexp = NAME) String,
                    @NotNull @Size(max = 30) Map<
                        @NotNull @Pattern(regexp = NAME) String,
                        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal>>>
            targets,
    @Min(1) @Max(1_000_000) Integer defaultQuota,
    @Size(max = 500)
        Map<
                @NotNull @Pattern(regexp = Codes.FORMAT) String,
                @NotNull @Min(1) @Max(1_000_000) Integer>
            quotas,
    @NotNull Instant fieldworkOpens,
    @NotNull Instant fieldworkCloses,
    @Size(max = 100)
        Map<
                @NotNull @Pattern(regexp = Codes.FORMAT) String,
                @NotNull @Size(max = 500) List<@NotNull @Pattern(regexp = Codes.FORMAT) String>>
            teams,
    @Valid WeightingRequest weighting) {

  /** Names of items, dimensions and categories: short, plain, safe in a CSV header. */
  static final String NAME = "[A-Za-z0-9][A-Za-z0-9_+-]{0,31}";

  /** One question. */
  public record ItemRequest(
      @NotNull @Pattern(regexp = NAME) String code,
      @NotBlank @FreeText(max = 500) String text,
      @NotNull @Pattern(regexp = NAME) String dimension,
      @NotNull @Min(0) @Max(100) Integer min,
      @NotNull @Min(1) @Max(100) Integer max,
      Boolean required) {}

  /** How weights are raked; each left out takes the service's default. */
  public record WeightingRequest(
      @DecimalMin("0.0000000001") @DecimalMax("0.1") BigDecimal tolerance,
      @Min(1) @Max(10_000) Integer maxIterations,
      @DecimalMin("0.01") @DecimalMax("1") BigDecimal trimLower,
      @DecimalMin("1") @DecimalMax("100") BigDecimal trimUpper) {}
}

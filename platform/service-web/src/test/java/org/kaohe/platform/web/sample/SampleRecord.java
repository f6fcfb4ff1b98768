package org.kaohe.platform.web.sample;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

public record SampleRecord(@NotBlank String unitCode, @Min(0) @Max(100) int score) {}

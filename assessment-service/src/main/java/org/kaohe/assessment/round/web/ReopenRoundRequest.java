package org.kaohe.assessment.round.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The body of a reopening: until when submissions are taken again, and why. */
public record ReopenRoundRequest(
    @NotNull Instant until,
    @NotBlank(message = "a reopening needs a reason")
        @Size(max = 500, message = "must be at most 500 characters")
        String reason) {}

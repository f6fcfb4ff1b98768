package org.kaohe.assessment.round.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.kaohe.platform.web.validation.FreeText;

/** The body of a reopening: until when submissions are taken again, and why. */
public record ReopenRoundRequest(
    @NotNull Instant until,
    @NotEmpty(message = "a reopening needs a reason") @FreeText(max = 500, multiline = true)
        String reason) {}

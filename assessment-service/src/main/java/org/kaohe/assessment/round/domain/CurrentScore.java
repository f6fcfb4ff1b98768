package org.kaohe.assessment.round.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A score as it stands, with who recorded it: what a conflicting submitter is shown. */
public record CurrentScore(
    BigDecimal value, String recordedBy, String agency, Instant recordedAt) {}

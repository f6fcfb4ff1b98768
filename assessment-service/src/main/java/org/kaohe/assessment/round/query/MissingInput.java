package org.kaohe.assessment.round.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An input a round still lacks, flagged by where the round stands against its deadline; only the
 * fields that name it are written (no {@code indicatorCode} for a rating, no {@code cadreCode} for
 * the unit, no {@code period} for an annual score).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissingInput(
    String kind, String indicatorCode, String cadreCode, String period, String status) {}

package org.kaohe.events.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.UnitCode;

/**
 * A unit's annual result, published each time its composite, grade or rank changes, with its whole
 * derivation: the top-level components (weights summing to 1, contributions less deductions summing
 * to the composite) down to the indicators, each with the events it came from; every deduction;
 * every rule that fired; rank and size of the peer group; the scheme version. A result is {@code
 * provisional} while an input of the unit or of its peer group is missing, and {@code complete}
 * once all of the unit's own inputs are in. {@code resultId} is derived from the content, so the
 * same inputs give the same id anywhere; {@code computedAt} is the time of the event that caused
 * it, {@code sourceEventId} that event's id.
 */
@Revision("1")
public record UnitResultPublishedEvent(
    UnitCode unitCode,
    int year,
    String category,
    String type,
    String peerGroup,
    String schemeVersion,
    boolean complete,
    List<String> missing,
    BigDecimal composite,
    List<ResultComponent> components,
    List<ResultDeduction> deductions,
    boolean eligibleForExcellent,
    List<ResultRule> ineligibility,
    String gradeBeforeAdjustment,
    String grade,
    List<ResultAdjustment> adjustments,
    Integer rank,
    int peerGroupSize,
    boolean provisional,
    String resultId,
    String sourceEventId,
    Instant computedAt)
    implements UnitEvent {}

package org.kaohe.events.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.UnitCode;

/**
 * A cadre's annual result: the shape of {@link UnitResultPublishedEvent}, with the cadre's unit and
 * role ({@code PRINCIPAL} or {@code DEPUTY}) in place of the unit's category and type. Keyed by the
 * unit, so a unit's and its cadres' results stay in order on one partition.
 */
@Revision("1")
public record CadreResultPublishedEvent(
    CadreCode cadreCode,
    UnitCode unitCode,
    String role,
    int year,
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

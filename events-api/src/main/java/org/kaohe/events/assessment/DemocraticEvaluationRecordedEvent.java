package org.kaohe.events.assessment;

import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;
import org.kaohe.events.UnitEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;

/**
 * The democratic evaluation (民主测评) of a unit, or of one of its cadres, by one rater group: {@code
 * ballots} cast, how many chose each grade ({@code gradeCounts}, keyed by the unit grades
 * EXCELLENT/GOOD/AVERAGE/POOR or the cadre grades EXCELLENT/COMPETENT/BASICALLY_COMPETENT/
 * INCOMPETENT), and how many marked the negative evaluation ({@code negativeVotes}, 反向测评). A
 * repeated evaluation of the same group replaces the earlier one and says why in {@code reason}.
 */
@Revision("1")
public record DemocraticEvaluationRecordedEvent(
    RoundId roundId,
    UnitCode unitCode,
    int year,
    CadreCode cadreCode,
    String raterGroup,
    int ballots,
    Map<String, Integer> gradeCounts,
    int negativeVotes,
    boolean replacesEarlier,
    String recordedBy,
    AgencyCode agency,
    Instant recordedAt,
    String reason)
    implements UnitEvent {}

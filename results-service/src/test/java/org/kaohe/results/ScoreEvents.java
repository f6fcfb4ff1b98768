package org.kaohe.results;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.IndicatorCode;
import org.kaohe.events.ids.RoundId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.platform.kafka.TypedCloudEvent;

/** Score events of 2026 as the assessment service puts them on {@code assessment.events}. */
public final class ScoreEvents {
  private ScoreEvents() {}

  /** PROV-STATS's score of a unit's indicator, recorded at that instant. */
  public static TypedCloudEvent score(
      String id,
      String unit,
      String indicator,
      String value,
      Instant recordedAt,
      Map<String, String> extensions) {
    ScoreRecordedEvent data =
        new ScoreRecordedEvent(
            RoundId.of(new UnitCode(unit), 2026),
            new UnitCode(unit),
            2026,
            new IndicatorCode(indicator),
            new BigDecimal(value),
            null,
            "li.wei",
            new AgencyCode("PROV-STATS"),
            recordedAt);
    EventCatalog.EventType type = EventCatalog.forPayload(ScoreRecordedEvent.class).orElseThrow();
    return new TypedCloudEvent(
        id,
        URI.create("/kaohe/assessment-service"),
        type.type(),
        unit,
        recordedAt,
        type.dataSchema(),
        data,
        extensions);
  }
}

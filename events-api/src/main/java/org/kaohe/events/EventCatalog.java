package org.kaohe.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.RoundReopenedEvent;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.assessment.VetoConfirmedEvent;
import org.kaohe.events.assessment.VetoProposedEvent;
import org.kaohe.events.assessment.VetoRejectedEvent;
import org.kaohe.events.results.CadreResultPublishedEvent;
import org.kaohe.events.results.UnitResultComputedEvent;
import org.kaohe.events.results.UnitResultPublishedEvent;
import org.kaohe.events.survey.SurveyResultPublishedEvent;

/** Every event type published on Kafka, with its CloudEvents {@code type} and revision. */
public final class EventCatalog {

  /** One published event type. */
  public record EventType(String type, Class<?> payloadClass, String revision) {
    /** The CloudEvents {@code dataschema}: names the type and the revision of its data. */
    public String dataSchema() {
      return "urn:kaohe:event:" + type + ":" + revision;
    }
  }

  private static final List<EventType> TYPES =
      List.of(
          type("org.kaohe.assessment.ScoreRecorded", ScoreRecordedEvent.class),
          type("org.kaohe.assessment.RoundReopened", RoundReopenedEvent.class),
          type("org.kaohe.assessment.PoliticalQualityRated", PoliticalQualityRatedEvent.class),
          type(
              "org.kaohe.assessment.DemocraticEvaluationRecorded",
              DemocraticEvaluationRecordedEvent.class),
          type("org.kaohe.assessment.FindingRecorded", FindingRecordedEvent.class),
          type("org.kaohe.assessment.VetoProposed", VetoProposedEvent.class),
          type("org.kaohe.assessment.VetoConfirmed", VetoConfirmedEvent.class),
          type("org.kaohe.assessment.VetoRejected", VetoRejectedEvent.class),
          type("org.kaohe.survey.SurveyResultPublished", SurveyResultPublishedEvent.class),
          type("org.kaohe.results.UnitResultComputed", UnitResultComputedEvent.class),
          type("org.kaohe.results.UnitResultPublished", UnitResultPublishedEvent.class),
          type("org.kaohe.results.CadreResultPublished", CadreResultPublishedEvent.class));

  private static final Map<String, EventType> BY_TYPE =
      TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::type, type -> type));

  private EventCatalog() {}

  public static List<EventType> all() {
    return TYPES;
  }

  public static Optional<EventType> forPayload(Class<?> payloadClass) {
    return TYPES.stream().filter(t -> t.payloadClass().equals(payloadClass)).findFirst();
  }

  public static Optional<EventType> forType(String type) {
    return type == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(type));
  }

  private static EventType type(String name, Class<?> payloadClass) {
    Revision revision = payloadClass.getAnnotation(Revision.class);
    if (revision == null) {
      throw new IllegalStateException(payloadClass + " has no @Revision");
    }
    return new EventType(name, payloadClass, revision.value());
  }
}

package org.kaohe.results.unitresult;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.Topics;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.results.UnitResultComputedEvent;
import org.kaohe.platform.kafka.CloudEventHandler;
import org.kaohe.platform.kafka.CloudEventPublisher;
import org.kaohe.platform.kafka.PoisonRecordException;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.results.stream.LiveResults;

/**
 * Turns each recorded score into the unit's new result: applies it to the read model, computes the
 * result, logs it, streams it live and publishes it. Every step tolerates a redelivered event: the
 * result id is derived from the round and sequence, so the same event always yields the same result
 * under the same id, logged and streamed once.
 */
public class UnitResultProjector implements CloudEventHandler {
  private static final URI SOURCE = URI.create("/kaohe/results-service");

  private final UnitRoundRepository rounds;
  private final ResultLog results;
  private final LiveResults live;
  private final CloudEventPublisher publisher;

  public UnitResultProjector(
      UnitRoundRepository rounds,
      ResultLog results,
      LiveResults live,
      CloudEventPublisher publisher) {
    this.rounds = rounds;
    this.results = results;
    this.live = live;
    this.publisher = publisher;
  }

  @Override
  public void handle(TypedCloudEvent event) {
    if (!(event.data() instanceof ScoreRecordedEvent score)) {
      return;
    }
    if (!score.isForUnit() || !score.isAnnual()) {
      return; // cadres' and half-year scores enter results through the scoring rules, not here
    }
    long sequence = sequence(event);
    rounds.apply(score, sequence).block();
    UnitRoundState state = rounds.find(score.roundId().value()).blockOptional().orElseThrow();
    if (state.sequence() != sequence) {
      return; // a later event of this round is applied already; its result supersedes this one
    }
    UnitResultComputedEvent result =
        ResultCalculator.compute(state, event.id(), score.recordedAt());
    String resultId = resultId(score.roundId().value(), sequence);
    results.append(resultId, result).blockOptional().ifPresent(live::publish);
    publisher.publishAndWait(
        Topics.RESULTS_EVENTS, result.unitCode().value(), toCloudEvent(resultId, result, event));
  }

  private static long sequence(TypedCloudEvent event) {
    String attribute = event.extension("aggregatesequence");
    try {
      return Long.parseLong(String.valueOf(attribute));
    } catch (NumberFormatException e) {
      throw new PoisonRecordException(
          "score event " + event.id() + " has no aggregatesequence number: " + attribute);
    }
  }

  static String resultId(String roundId, long sequence) {
    return UUID.nameUUIDFromBytes(
            ("unit-result:" + roundId + ":" + sequence).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static TypedCloudEvent toCloudEvent(
      String resultId, UnitResultComputedEvent result, TypedCloudEvent source) {
    EventCatalog.EventType type =
        EventCatalog.forPayload(UnitResultComputedEvent.class).orElseThrow();
    Map<String, String> extensions = new HashMap<>();
    extensions.put("causationid", source.id());
    if (source.extension("correlationid") != null) {
      extensions.put("correlationid", source.extension("correlationid"));
    }
    return new TypedCloudEvent(
        resultId,
        SOURCE,
        type.type(),
        result.unitCode().value(),
        result.computedAt(),
        type.dataSchema(),
        result,
        extensions);
  }
}

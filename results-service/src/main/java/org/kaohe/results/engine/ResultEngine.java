package org.kaohe.results.engine;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.kaohe.events.EventCatalog;
import org.kaohe.events.Topics;
import org.kaohe.events.results.CadreResultPublishedEvent;
import org.kaohe.events.results.UnitResultPublishedEvent;
import org.kaohe.platform.kafka.CloudEventHandler;
import org.kaohe.platform.kafka.CloudEventPublisher;
import org.kaohe.platform.kafka.TypedCloudEvent;
import org.kaohe.results.grading.CadreResult;
import org.kaohe.results.grading.UnitResult;
import org.kaohe.results.inputs.InputChanges;
import org.kaohe.results.inputs.InputsRepository;
import org.kaohe.results.inputs.PollInputs;
import org.kaohe.results.inputs.SubjectInputs;
import org.kaohe.results.log.CurrentResults;
import org.kaohe.results.log.ResultLog;
import org.kaohe.results.stream.LiveResults;

/**
 * The live path: each assessment or survey event sets the inputs it carries, then its unit's (or
 * cadre's) peer group is computed again, and every result of the group whose content changed —
 * composite, grade, rank, eligibility, anything — is logged, streamed and published on {@code
 * results.events}. A unit's changed composite also reaches its cadres, whose groups follow. A
 * redelivered event changes no input and publishes nothing new: its groups are computed again and
 * only results that are not yet current (a failure came between saving the inputs and Kafka's
 * acknowledgement) are published. The events of one poll are handled together ({@link #handleAll}).
 */
public class ResultEngine implements CloudEventHandler {
  static final URI SOURCE = URI.create("/kaohe/results-service");
  private final InputChanges changes;
  private final ResultBuilder builder;
  private final InputsRepository inputs;
  private final CurrentResults current;
  private final ResultLog log;
  private final LiveResults live;
  private final CloudEventPublisher publisher;
  private final LastComposites lastComposites = new LastComposites();

  public ResultEngine(
      InputChanges changes,
      ResultBuilder builder,
      InputsRepository inputs,
      CurrentResults current,
      ResultLog log,
      LiveResults live,
      CloudEventPublisher publisher) {
    this.changes = changes;
    this.builder = builder;
    this.inputs = inputs;
    this.current = current;
    this.log = log;
    this.live = live;
    this.publisher = publisher;
  }

  /** A peer group of one kind in one year. */
  record Group(String kind, String peerGroup, int year) {
    static Group of(SubjectInputs subject) {
      return new Group(subject.kind(), subject.peerGroup(), subject.year());
    }
  }

  @Override
  public void handle(TypedCloudEvent event) {
    handleAll(List.of(event));
  }

  /**
   * A poll's events at once: each sets its inputs in turn, then every peer group they touched is
   * computed once over the inputs they leave, and each result that differs from the group's current
   * one is published once. A result's cause ({@code sourceEventId}, the time it is logged at) is
   * the last of the events that changed its subject's inputs, or else the last that touched its
   * group. Under light load a poll holds one event; when events queue, a group changed by many of
   * them is computed and published once for all, at the price of the log holding where the group
   * stood after the poll rather than after each of its events.
   */
  @Override
  public void handleAll(List<TypedCloudEvent> events) {
    Map<String, Integer> subjectCause = new HashMap<>();
    Map<Group, Integer> unitGroups = new LinkedHashMap<>();
    Map<Group, Integer> cadreGroups = new LinkedHashMap<>();
    PollInputs poll = new PollInputs(inputs, builder::peerGroupKeys);
    for (int i = 0; i < events.size(); i++) {
      TypedCloudEvent event = events.get(i);
      for (SubjectInputs subject : changes.apply(poll, event.id(), event.data())) {
        subjectCause.put(subject.key(), i);
        (subject.isUnit() ? unitGroups : cadreGroups).put(Group.of(subject), i);
      }
    }
    if (unitGroups.isEmpty() && cadreGroups.isEmpty()) {
      poll.flush();
      return;
    }
    Causes causes = new Causes(events, subjectCause);
    List<Outgoing> outgoing = new ArrayList<>();
    List<CurrentResults.Current> settled = new ArrayList<>();
    unitGroups.forEach(
        (group, groupCause) -> {
          for (ResultBuilder.Computed computed :
              regrade(poll, group, groupCause, causes, outgoing, settled)) {
            int cause = causes.index(computed.subject().key(), groupCause);
            BigDecimal composite = computed.composite().composite();
            for (SubjectInputs cadre :
                builder.unitResultOfCadres(
                    poll, computed.subject(), YearResults.sourced(computed, composite))) {
              subjectCause.merge(cadre.key(), cause, Math::max);
              cadreGroups.merge(Group.of(cadre), cause, Math::max);
            }
          }
        });
    cadreGroups.forEach(
        (group, groupCause) -> regrade(poll, group, groupCause, causes, outgoing, settled));
    // One write for the log, one for the inputs and one for the current results, whatever the
    // number of events and results: a change that moves the ranks of a group of 86 changes many.
    // The results are logged and streamed first, and the inputs written while Kafka acknowledges
    // them: after a failure anywhere in between, the events are delivered again, give the same
    // inputs and the same results (same entry ids, which the log turns away, and same result ids),
    // and only the writes that had not happened have an effect.
    log.append(outgoing.stream().map(Outgoing::entry).toList()).forEach(live::publish);
    List<CloudEventPublisher.Sent> sent = new ArrayList<>(outgoing.size());
    for (Outgoing result : outgoing) {
      sent.add(publisher.send(Topics.RESULTS_EVENTS, result.entry().unitCode(), result.event()));
    }
    poll.flush();
    // A result becomes current only once Kafka has it.
    publisher.awaitAll(sent);
    current.saveAll(settled);
  }

  /** Which of a poll's events caused each subject's result, by its index in the poll. */
  private record Causes(List<TypedCloudEvent> events, Map<String, Integer> bySubject) {
    int index(String subjectKey, int groupCause) {
      return bySubject.getOrDefault(subjectKey, groupCause);
    }

    TypedCloudEvent of(String subjectKey, int groupCause) {
      return events.get(index(subjectKey, groupCause));
    }
  }

  /** A changed result on its way to the log, the stream and Kafka. */
  private record Outgoing(ResultLog.Entry entry, TypedCloudEvent event) {}

  /**
   * Computes the group again and adds each changed result to what goes out.
   *
   * @return the results whose composite changed
   */
  private List<ResultBuilder.Computed> regrade(
      InputsRepository poll,
      Group group,
      int groupCause,
      Causes causes,
      List<Outgoing> outgoing,
      List<CurrentResults.Current> settled) {
    List<ResultBuilder.Computed> compositeChanged = new ArrayList<>();
    List<ResultBuilder.Computed> results =
        builder.peerGroup(poll, group.kind(), group.peerGroup(), group.year(), lastComposites);
    Map<String, CurrentResults.Standing> standing = new HashMap<>();
    current.standings(results.stream().map(c -> c.subject().key()).toList()).stream()
        .filter(
            result ->
                result.year() == group.year()
                    && result.kind().equals(group.kind())
                    && result.peerGroup().equals(group.peerGroup()))
        .forEach(result -> standing.put(result.key(), result));
    for (ResultBuilder.Computed computed : results) {
      String key = computed.subject().key();
      CurrentResults.Standing before = standing.get(key);
      if (before != null && before.resultId().equals(computed.resultId())) {
        continue;
      }
      BigDecimal composite = computed.composite().composite();
      if (before == null || !Objects.equals(before.composite(), composite)) {
        compositeChanged.add(computed);
      }
      TypedCloudEvent cause = causes.of(key, groupCause);
      Instant at = cause.time() == null ? Instant.EPOCH : cause.time();
      Object published = published(computed, cause.id(), at);
      settled.add(
          new CurrentResults.Current(
              key,
              group.kind(),
              group.peerGroup(),
              group.year(),
              computed.resultId(),
              composite,
              published));
      String entryId = entryId(key, computed.resultId(), cause.id());
      String unitCode = computed.subject().unitCode();
      outgoing.add(
          new Outgoing(
              new ResultLog.Entry(
                  entryId,
                  group.kind(),
                  computed.subject().code(),
                  unitCode,
                  group.year(),
                  at,
                  published),
              cloudEvent(entryId, unitCode, at, published, cause)));
    }
    return compositeChanged;
  }

  static Object published(ResultBuilder.Computed computed, String sourceEventId, Instant at) {
    return computed.result() instanceof UnitResult unit
        ? PublishedForm.of(unit, sourceEventId, at)
        : PublishedForm.of((CadreResult) computed.result(), sourceEventId, at);
  }

  /** One entry per result and the event that caused it: a redelivered event repeats its id. */
  static String entryId(String key, String resultId, String causeId) {
    return UUID.nameUUIDFromBytes(
            ("result:" + key + ":" + resultId + ":" + causeId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static TypedCloudEvent cloudEvent(
      String id, String unitCode, Instant at, Object result, TypedCloudEvent cause) {
    EventCatalog.EventType type =
        EventCatalog.forPayload(
                result instanceof UnitResultPublishedEvent
                    ? UnitResultPublishedEvent.class
                    : CadreResultPublishedEvent.class)
            .orElseThrow();
    Map<String, String> extensions = new HashMap<>();
    extensions.put("causationid", cause.id());
    if (cause.extension("correlationid") != null) {
      extensions.put("correlationid", cause.extension("correlationid"));
    }
    return new TypedCloudEvent(
        id, SOURCE, type.type(), unitCode, at, type.dataSchema(), result, extensions);
  }
}

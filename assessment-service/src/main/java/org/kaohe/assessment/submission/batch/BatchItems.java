package org.kaohe.assessment.submission.batch;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaohe.assessment.round.web.RecordScoreRequest;
import org.kaohe.assessment.submission.Prepared;
import org.kaohe.assessment.submission.ScoreFieldRules;
import org.kaohe.platform.web.batch.BatchEntry;
import org.kaohe.platform.web.numbers.NumberRefused;
import org.kaohe.platform.web.problem.ClientText;
import org.kaohe.platform.web.problem.FieldViolation;
import org.kaohe.platform.web.problem.InvalidFields;
import org.kaohe.platform.web.validation.FreeTextRule;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a batch's entries into items: each needs its own {@code itemId} and the fields of one score
 * request, checked by the same rules; every problem of an item is named at once.
 */
public final class BatchItems {
  static final String ITEM_ID = "itemId";
  static final int MAX_ITEM_ID_LENGTH = 100;

  private final JsonMapper json;
  private final ScoreFieldRules rules;

  public BatchItems(JsonMapper json, ScoreFieldRules rules) {
    this.json = json;
    this.rules = rules;
  }

  public List<BatchItem> prepare(List<BatchEntry> entries) {
    Map<String, List<BatchEntry>> byId = new LinkedHashMap<>();
    entries.forEach(
        entry ->
            itemId(entry)
                .ifPresent(id -> byId.computeIfAbsent(id, any -> new ArrayList<>()).add(entry)));
    return entries.stream().map(entry -> prepare(entry, byId)).toList();
  }

  private BatchItem prepare(BatchEntry entry, Map<String, List<BatchEntry>> byId) {
    String itemId = itemId(entry).orElse(null);
    if (entry.unreadable() != null) {
      return refused(itemId, entry, badRequest(entry.unreadable()));
    }
    if (entry.outOfBounds() != null) {
      return refused(itemId, entry, new InvalidFields(entry.outOfBounds()).toProblem());
    }
    if (!entry.json().isObject()) {
      return refused(
          itemId,
          entry,
          badRequest(
              entry.label()
                  + " is not a JSON object: each item is an object with its itemId and the"
                  + " fields of one score"));
    }
    List<FieldViolation> violations = new ArrayList<>(itemIdViolations(entry, byId));
    RecordScoreRequest request = bind((ObjectNode) entry.json(), violations);
    Set<String> wrongType =
        violations.stream().map(FieldViolation::field).collect(Collectors.toSet());
    rules.violations(request).stream()
        .filter(violation -> !wrongType.contains(violation.field()))
        .forEach(violations::add);
    if (!violations.isEmpty()) {
      return refused(itemId, entry, new InvalidFields(violations).toProblem());
    }
    return new BatchItem(itemId, entry.line(), new Prepared.Ready(itemId, request.toInput()));
  }

  /**
   * Binds the item at once ({@code itemId} is not a field of a score request: ignored); only when a
   * field has the wrong type, each field on its own, so that every such field is named.
   */
  private RecordScoreRequest bind(ObjectNode item, List<FieldViolation> violations) {
    try {
      return json.treeToValue(item, RecordScoreRequest.class);
    } catch (JacksonException | NumberRefused wrongTypeOrRefused) {
      return bindFieldByField(item, violations);
    }
  }

  private RecordScoreRequest bindFieldByField(ObjectNode item, List<FieldViolation> violations) {
    ObjectNode fields = item.deepCopy();
    fields.remove(ITEM_ID);
    for (RecordComponent component : RecordScoreRequest.class.getRecordComponents()) {
      JsonNode value = fields.get(component.getName());
      if (value == null || value.isNull()) {
        continue;
      }
      try {
        json.treeToValue(value, component.getType());
      } catch (JacksonException | NumberRefused wrongTypeOrRefused) {
        violations.add(
            new FieldViolation(
                component.getName(),
                refusal(wrongTypeOrRefused)
                    .orElseGet(() -> expected(component.getType()) + found(value))));
        fields.remove(component.getName());
      }
    }
    return json.treeToValue(fields, RecordScoreRequest.class);
  }

  private static List<FieldViolation> itemIdViolations(
      BatchEntry entry, Map<String, List<BatchEntry>> byId) {
    JsonNode id = entry.json().get(ITEM_ID);
    if (id == null || id.isNull() || (id.isString() && id.asString().isBlank())) {
      return List.of(
          new FieldViolation(ITEM_ID, "must be given: the client's own id of this item"));
    }
    if (!id.isString() && !id.isNumber()) {
      return List.of(new FieldViolation(ITEM_ID, "must be text or a number" + found(id)));
    }
    Optional<String> notText = FreeTextRule.violation(id.asString(), MAX_ITEM_ID_LENGTH);
    if (notText.isPresent()) {
      return List.of(new FieldViolation(ITEM_ID, notText.get()));
    }
    List<BatchEntry> sharing = byId.get(id.asString());
    if (sharing.size() > 1) {
      return List.of(
          new FieldViolation(
              ITEM_ID,
              "itemId "
                  + id.asString()
                  + " is given to more than one item ("
                  + sharing.stream().map(BatchEntry::label).collect(Collectors.joining(", "))
                  + "); each item needs its own"));
    }
    return List.of();
  }

  private static Optional<String> itemId(BatchEntry entry) {
    if (entry.json() == null || !entry.json().isObject()) {
      return Optional.empty();
    }
    JsonNode id = entry.json().get(ITEM_ID);
    if (id == null || !(id.isString() || id.isNumber()) || id.asString().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(id.asString());
  }

  /** The rule a number broke, as a single request would name it. */
  private static Optional<String> refusal(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof NumberRefused refused) {
        return Optional.of(refused.getMessage());
      }
    }
    return Optional.empty();
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class) {
      return "must be a whole number";
    }
    if (Number.class.isAssignableFrom(type)) {
      return "must be a number";
    }
    return "must be text";
  }

  private static String found(JsonNode value) {
    String text = value.toString();
    return ", found " + ClientText.quoted(text);
  }

  private static BatchItem refused(String itemId, BatchEntry entry, ProblemDetail problem) {
    return new BatchItem(itemId, entry.line(), new Prepared.Refused(problem));
  }

  private static ProblemDetail badRequest(String detail) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
  }
}

package org.kaohe.survey.ingestion;

import com.ethlo.time.ITU;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kaohe.platform.web.problem.ClientText;
import org.kaohe.platform.web.validation.FreeTextRule;
import org.kaohe.survey.campaign.domain.CampaignDefinition;
import org.kaohe.survey.campaign.domain.Channel;
import org.kaohe.survey.campaign.domain.Item;
import org.kaohe.survey.responses.ResponseIds;
import tools.jackson.databind.JsonNode;

/**
 * Checks one response against its campaign, reporting every problem at once, each naming its field.
 * Nothing here trusts the client: every string is bounded before it is used, every answer is a
 * whole number on its item's scale.
 */
final class ResponseChecks {
  static final int MAX_RESPONDENT_KEY = 256;
  private static final Set<String> FIELDS =
      Set.of(
          "responseId",
          "unitCode",
          "respondentKey",
          "channel",
          "collectedAt",
          "demographics",
          "answers");

  /** How far in the future a collection time may lie: the clocks of field devices drift. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final CampaignDefinition campaign;
  private final String team;
  private final Instant now;
  // What every response of the batch is checked against, looked up rather than searched.
  private final Set<String> units;
  private final Set<String> assignedUnits;
  private final Map<String, Item> items;
  private final List<String> required;

  /**
   * @param team the survey team sending the batch, or null for an administrator (every unit)
   */
  ResponseChecks(CampaignDefinition campaign, String team, Instant now) {
    this.campaign = campaign;
    this.team = team;
    this.now = now;
    this.units = Set.copyOf(campaign.units());
    this.assignedUnits =
        team == null
            ? units
            : campaign.units().stream()
                .filter(unit -> campaign.assigned(team, unit))
                .collect(Collectors.toUnmodifiableSet());
    this.items =
        campaign.items().stream().collect(Collectors.toMap(Item::code, Function.identity()));
    this.required = campaign.items().stream().filter(Item::required).map(Item::code).toList();
  }

  /** The checked response, or the list of its problems. */
  Result check(JsonNode json) {
    List<String> errors = new ArrayList<>();
    if (json == null || !json.isObject()) {
      return Result.refused(null, List.of("a response must be a JSON object"));
    }
    unknownNames(json, FIELDS)
        .forEach(name -> errors.add(ClientText.quoted(name) + ": not a field of a response"));
    String responseId = text(json, "responseId", errors);
    if (responseId != null && !ResponseIds.isResponseId(responseId)) {
      errors.add("responseId: " + ResponseIds.RULE);
      responseId = null;
    }
    String unitCode = text(json, "unitCode", errors);
    if (unitCode != null) {
      if (!units.contains(unitCode)) {
        errors.add(
            "unitCode: " + ClientText.quoted(unitCode) + " is not surveyed by this campaign");
      } else if (!assignedUnits.contains(unitCode)) {
        errors.add("unitCode: survey team " + team + " is not assigned unit " + unitCode);
      }
    }
    String respondentKey = text(json, "respondentKey", errors);
    if (respondentKey != null && respondentKey.isEmpty()) {
      // Every keyless response would be one respondent, or none could be told from another.
      errors.add("respondentKey: is required");
      respondentKey = null;
    } else if (respondentKey != null) {
      FreeTextRule.violation(respondentKey, MAX_RESPONDENT_KEY)
          .ifPresent(problem -> errors.add("respondentKey: " + problem));
    }
    Channel channel = channel(text(json, "channel", errors), errors);
    Instant collectedAt = collectedAt(text(json, "collectedAt", errors), errors);
    SortedMap<String, String> demographics = demographics(json.get("demographics"), errors);
    SortedMap<String, Integer> answers = answers(json.get("answers"), errors);
    if (!errors.isEmpty()) {
      return Result.refused(responseId, errors);
    }
    long answeredRequired = required.stream().filter(answers::containsKey).count();
    boolean partial = answeredRequired < required.size();
    boolean counts =
        !partial
            || BigDecimal.valueOf(answeredRequired)
                    .divide(BigDecimal.valueOf(required.size()), 6, RoundingMode.HALF_EVEN)
                    .compareTo(campaign.minimumRequiredShare())
                >= 0;
    return new Result(
        new CheckedResponse(
            responseId,
            unitCode,
            respondentKey,
            channel,
            collectedAt,
            demographics,
            answers,
            partial,
            counts),
        responseId,
        List.of());
  }

  private static String text(JsonNode json, String field, List<String> errors) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      errors.add(field + ": is required");
      return null;
    }
    if (!value.isString()) {
      errors.add(field + ": must be a string");
      return null;
    }
    String text = value.asString();
    if (text.length() > 1024) {
      errors.add(field + ": must be at most 1024 characters");
      return null;
    }
    return text;
  }

  private static Channel channel(String value, List<String> errors) {
    if (value == null) {
      return null;
    }
    try {
      return Channel.valueOf(value);
    } catch (IllegalArgumentException unknown) {
      errors.add("channel: must be one of PHONE, WEB, IN_PERSON, got " + ClientText.quoted(value));
      return null;
    }
  }

  private Instant collectedAt(String value, List<String> errors) {
    if (value == null) {
      return null;
    }
    Instant collected;
    try {
      collected = ITU.parseDateTime(value).toInstant();
    } catch (DateTimeException malformed) {
      errors.add(
          "collectedAt: must be an instant such as 2026-06-01T08:30:00Z, got "
              + ClientText.quoted(value));
      return null;
    }
    if (collected.isBefore(campaign.fieldworkOpens())
        || collected.isAfter(campaign.fieldworkCloses())) {
      errors.add(
          "collectedAt: "
              + collected
              + " is outside the fieldwork window "
              + campaign.fieldworkOpens()
              + " to "
              + campaign.fieldworkCloses());
    } else if (collected.isAfter(now.plus(CLOCK_SKEW))) {
      errors.add("collectedAt: " + collected + " is in the future");
    }
    return collected;
  }

  private SortedMap<String, String> demographics(JsonNode json, List<String> errors) {
    SortedMap<String, String> demographics = new TreeMap<>();
    if (json == null || json.isNull()) {
      if (!campaign.demographics().isEmpty()) {
        errors.add("demographics: is required, with " + campaign.demographics().keySet());
      }
      return demographics;
    }
    if (!json.isObject()) {
      errors.add("demographics: must be an object of dimension to category");
      return demographics;
    }
    for (Map.Entry<String, List<String>> dimension : campaign.demographics().entrySet()) {
      JsonNode value = json.get(dimension.getKey());
      String field = "demographics." + dimension.getKey();
      if (value == null || value.isNull()) {
        errors.add(field + ": is required");
      } else if (!value.isString() || !dimension.getValue().contains(value.asString())) {
        errors.add(
            field
                + ": unknown category "
                + ClientText.quoted(value.isString() ? value.asString() : value.toString())
                + "; one of "
                + dimension.getValue());
      } else {
        demographics.put(dimension.getKey(), value.asString());
      }
    }
    unknownNames(json, campaign.demographics().keySet())
        .forEach(
            name -> errors.add("demographics." + ClientText.quoted(name) + ": unknown dimension"));
    return demographics;
  }

  private SortedMap<String, Integer> answers(JsonNode json, List<String> errors) {
    SortedMap<String, Integer> answers = new TreeMap<>();
    if (json == null || !json.isObject()) {
      errors.add("answers: is required, an object of item code to answer");
      return answers;
    }
    for (String code : json.propertyNames()) {
      Optional<Item> item = Optional.ofNullable(items.get(code));
      JsonNode value = json.get(code);
      if (item.isEmpty()) {
        if (errors.size() < 20) {
          errors.add("answers." + ClientText.quoted(code) + ": not an item of the questionnaire");
        }
        continue;
      }
      if (value.isNull()) {
        continue;
      }
      Item known = item.get();
      if (!value.isIntegralNumber() || !value.canConvertToInt() || !known.accepts(value.asInt())) {
        errors.add(
            "answers."
                + code
                + ": must be a whole number from "
                + known.min()
                + " to "
                + known.max()
                + ", got "
                + ClientText.quoted(value.toString()));
        continue;
      }
      answers.put(code, value.asInt());
    }
    if (answers.isEmpty() && errors.isEmpty()) {
      errors.add("answers: no item is answered");
    }
    return answers;
  }

  /** The first five names of the object's fields that are not among the known, in order. */
  private static List<String> unknownNames(JsonNode json, Set<String> known) {
    List<String> unknown = List.of();
    for (String name : json.propertyNames()) {
      if (!known.contains(name)) {
        if (unknown.isEmpty()) {
          unknown = new ArrayList<>();
        }
        unknown.add(name);
      }
    }
    return unknown.isEmpty() ? unknown : unknown.stream().sorted().limit(5).toList();
  }

  /** A checked response, or its problems. */
  record Result(CheckedResponse response, String responseId, List<String> errors) {
    static Result refused(String responseId, List<String> errors) {
      return new Result(null, responseId, errors);
    }
  }
}

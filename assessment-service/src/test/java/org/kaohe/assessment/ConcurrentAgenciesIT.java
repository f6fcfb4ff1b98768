package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Indicator;
import org.kaohe.platform.reference.Periodicity;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.Subject;
import org.kaohe.platform.reference.UnitCategory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Six agencies submit for the same ten counties at once, each its own indicators of the shipped
 * reference data, some of them competing for one indicator. Every accepted submission must be
 * stored, published and shown exactly once.
 */
class ConcurrentAgenciesIT extends ServiceIT {
  private static final int YEAR = 2026;
  private static final int UNITS = 10;
  private static final int THREADS = 12;
  private static final List<String> AGENCIES =
      List.of("PROV-STATS", "PROV-NDRC", "PROV-RURAL", "PROV-ORG", "PROV-ENV", "PROV-DISCIPLINE");
  // Submitted by the responsible PROV-STATS and by PROV-NDRC, which may also submit it.
  private static final String SHARED_INDICATOR = "HQD-LIVELIHOOD";
  // Submitted twice with different values by the responsible PROV-RURAL, for half of the units.
  private static final String RESUBMITTED_INDICATOR = "HQD-RURAL";
  // Not submitted by any of the agencies above: recorded last, to know the stream has caught up.
  private static final String FENCE_AGENCY = "PROV-PETITIONS";
  private static final String FENCE_INDICATOR = "PETITIONS";
  private static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension static final PublishedEvents published = new PublishedEvents();

  @Autowired ReferenceData reference;

  /** One agency's score for one indicator of a unit. */
  record Submission(String agency, String unit, String indicator, BigDecimal value) {
    Submission {
      value = value.stripTrailingZeros(); // 80 and 80.0 are the same score
    }

    String roundId() {
      return unit + "-" + YEAR;
    }

    String slot() {
      return unit + "/" + indicator;
    }
  }

  record Answer(Submission submission, int status) {}

  @Test
  void everyAcceptedSubmissionIsStoredPublishedAndShownExactlyOnce() throws Exception {
    List<AssessedUnit> units = counties();
    List<Submission> submissions = submissions(units);
    Collections.shuffle(submissions, new Random(42));

    List<Answer> answers =
        Concurrently.each(
            THREADS, submissions, submission -> new Answer(submission, post(submission)));

    Map<String, List<Answer>> bySlot =
        answers.stream().collect(Collectors.groupingBy(a -> a.submission().slot()));
    bySlot.forEach(
        (slot, competing) -> {
          assertThat(competing).as(slot).filteredOn(a -> a.status() == 201).hasSize(1);
          assertThat(competing)
              .as(slot)
              .filteredOn(a -> a.status() != 201)
              .allMatch(a -> a.status() == 409);
        });
    List<Submission> accepted =
        answers.stream().filter(a -> a.status() == 201).map(Answer::submission).toList();
    assertThat(accepted).hasSize(bySlot.size());

    List<Document> stored = storedScores(units);
    assertThat(stored.stream().map(ConcurrentAgenciesIT::asSubmission).toList())
        .containsExactlyInAnyOrderElementsOf(accepted);

    List<String> fences = recordFences(units);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> fences.stream().allMatch(fence -> published.count(fence) > 0));
    for (Document event : stored) {
      String id = event.getString("eventIdentifier");
      assertThat(published.count(id)).as(id).isEqualTo(1);
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> units.forEach(unit -> assertRoundShows(unit, accepted)));
  }

  private List<AssessedUnit> counties() {
    return reference.units().stream()
        .filter(unit -> unit.category() == UnitCategory.COUNTY)
        .limit(UNITS)
        .toList();
  }

  /**
   * Each agency's own annual unit indicators for each unit, plus the competing submissions: a
   * second agency for the shared indicator, a second value for the resubmitted one.
   */
  private List<Submission> submissions(List<AssessedUnit> units) {
    List<Indicator> indicators = reference.catalogue(YEAR).orElseThrow().indicators();
    List<Submission> submissions = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      AssessedUnit unit = units.get(u);
      for (Indicator indicator : indicators) {
        String agency = indicator.responsibleAgency().value();
        if (!AGENCIES.contains(agency) || !isAnnualUnitScore(indicator, unit)) {
          continue;
        }
        BigDecimal value = BigDecimal.valueOf(50 + (u * 7 + submissions.size() * 3) % 45);
        String code = indicator.code().value();
        submissions.add(new Submission(agency, unit.code().value(), code, value));
        if (code.equals(SHARED_INDICATOR)) {
          assertThat(indicator.maySubmit(new AgencyCode("PROV-NDRC"))).isTrue();
          submissions.add(
              new Submission("PROV-NDRC", unit.code().value(), code, value.add(BigDecimal.ONE)));
        }
        if (code.equals(RESUBMITTED_INDICATOR) && u % 2 == 0) {
          submissions.add(
              new Submission(agency, unit.code().value(), code, value.add(BigDecimal.ONE)));
        }
      }
    }
    assertThat(submissions.stream().map(Submission::agency).distinct()).hasSameSizeAs(AGENCIES);
    return submissions;
  }

  private static boolean isAnnualUnitScore(Indicator indicator, AssessedUnit unit) {
    return indicator.isApplicableTo(unit)
        && indicator.isScoredFor(Subject.UNITS)
        && indicator.periodicity() == Periodicity.ANNUAL;
  }

  private int post(Submission submission) {
    return postScore(
            "agency",
            submission.agency(),
            score(
                submission.unit(), YEAR, submission.indicator(), submission.value().doubleValue()))
        .returnResult(String.class)
        .getStatus()
        .value();
  }

  /**
   * One more score per unit, after all the others. The relay publishes in store order and a unit's
   * events share a partition: once a unit's fence is consumed, so is every earlier event of the
   * unit, and any duplicate of one.
   */
  private List<String> recordFences(List<AssessedUnit> units) {
    List<String> fences = new ArrayList<>();
    for (AssessedUnit unit : units) {
      Submission fence =
          new Submission(FENCE_AGENCY, unit.code().value(), FENCE_INDICATOR, BigDecimal.TEN);
      assertThat(post(fence)).isEqualTo(201);
      fences.add(
          storedEvents(fence.roundId()).stream()
              .filter(e -> FENCE_INDICATOR.equals(payload(e).path("indicatorCode").asText()))
              .findFirst()
              .orElseThrow()
              .getString("eventIdentifier"));
    }
    return fences;
  }

  private List<Document> storedScores(List<AssessedUnit> units) {
    return units.stream()
        .flatMap(unit -> storedEvents(unit.code().value() + "-" + YEAR).stream())
        .filter(e -> !FENCE_INDICATOR.equals(payload(e).path("indicatorCode").asText()))
        .toList();
  }

  private static Submission asSubmission(Document event) {
    JsonNode payload = payload(event);
    return new Submission(
        payload.path("agency").asText(),
        payload.path("unitCode").asText(),
        payload.path("indicatorCode").asText(),
        payload.path("value").decimalValue());
  }

  private void assertRoundShows(AssessedUnit unit, List<Submission> accepted) {
    JsonNode scores =
        getJson("auditor", null, "/api/assessment/rounds/" + unit.code().value() + "/" + YEAR)
            .path("scores");
    for (Submission submission : accepted) {
      if (submission.unit().equals(unit.code().value())) {
        JsonNode score = scores.path(submission.indicator());
        assertThat(new BigDecimal(score.path("value").asText()))
            .as(submission.slot())
            .isEqualByComparingTo(submission.value());
        assertThat(score.path("agency").asText())
            .as(submission.slot())
            .isEqualTo(submission.agency());
      }
    }
  }

  private static JsonNode payload(Document event) {
    return readTree(event.getString("payload").getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode readTree(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.kaohe.results.inputs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kaohe.results.grading.Candidate;
import org.kaohe.results.scoring.Inputs;

/**
 * A unit's or cadre's current inputs for one year, keyed so that a later event for the same input
 * replaces the earlier one: scores by indicator (and half-year period), tallies by rater group,
 * findings by id, veto cases by id. Its maps are read-only, and a change that sets nothing new
 * returns the subject itself.
 *
 * @param kind {@code UNIT} or {@code CADRE}
 * @param code the unit's or cadre's code
 * @param unitCode the unit itself, or the cadre's unit
 * @param peerGroup the group it is ranked in, by the year's scheme
 */
public record SubjectInputs(
    String kind,
    String code,
    String unitCode,
    int year,
    String peerGroup,
    SortedMap<String, Inputs.Score> scores,
    Inputs.Sourced survey,
    SortedMap<String, Inputs.Tally> ballots,
    SortedMap<String, Inputs.Finding> findings,
    Inputs.Sourced unitResult,
    Candidate.Rating rating,
    SortedMap<String, Candidate.Veto> vetoes) {

  public static final String UNIT = "UNIT";
  public static final String CADRE = "CADRE";

  public SubjectInputs {
    scores = owned(scores);
    ballots = owned(ballots);
    findings = owned(findings);
    vetoes = owned(vetoes);
  }

  /** The class of the read-only maps a subject holds: those it can keep without a copy. */
  private static final Class<?> READ_ONLY =
      Collections.unmodifiableSortedMap(new TreeMap<>()).getClass();

  /**
   * A subject's own read-only copy of the map. A map another subject already holds is kept as it
   * is, so that each change copies only the map it changes.
   */
  private static <V> SortedMap<String, V> owned(SortedMap<String, V> map) {
    return map.getClass() == READ_ONLY
        ? map
        : Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  /** The map with one entry set, or the map itself when it already holds that entry. */
  private static <V> SortedMap<String, V> with(SortedMap<String, V> map, String key, V value) {
    if (value.equals(map.get(key))) {
      return map;
    }
    SortedMap<String, V> changed = new TreeMap<>(map);
    changed.put(key, value);
    return Collections.unmodifiableSortedMap(changed);
  }

  public static SubjectInputs empty(
      String kind, String code, String unitCode, int year, String peerGroup) {
    return new SubjectInputs(
        kind,
        code,
        unitCode,
        year,
        peerGroup,
        new TreeMap<>(),
        null,
        new TreeMap<>(),
        new TreeMap<>(),
        null,
        null,
        new TreeMap<>());
  }

  /** {@code UNIT:620100:2026}, {@code CADRE:C-620100-1:2026}. */
  public String key() {
    return key(kind, code, year);
  }

  public static String key(String kind, String code, int year) {
    return kind + ":" + code + ":" + year;
  }

  /** A subject's {@link #key} taken apart. */
  public record Key(String kind, String code, int year) {
    public static Key parse(String key) {
      int first = key.indexOf(':');
      int last = key.lastIndexOf(':');
      return new Key(
          key.substring(0, first),
          key.substring(first + 1, last),
          Integer.parseInt(key.substring(last + 1)));
    }
  }

  public boolean isUnit() {
    return UNIT.equals(kind);
  }

  /** The inputs as the scoring rules read them. */
  public Inputs inputs() {
    return new Inputs(
        new ArrayList<>(scores.values()),
        survey,
        new ArrayList<>(ballots.values()),
        new ArrayList<>(findings.values()),
        unitResult);
  }

  /** The candidate of its peer group, with the given composite. */
  public Candidate candidate(org.kaohe.results.scoring.Composite composite) {
    return new Candidate(code, composite, rating, List.copyOf(vetoes.values()));
  }

  public SubjectInputs withScore(String key, Inputs.Score score) {
    var changed = with(scores, key, score);
    if (changed == scores) {
      return this;
    }
    return new SubjectInputs(
        kind,
        code,
        unitCode,
        year,
        peerGroup,
        changed,
        survey,
        ballots,
        findings,
        unitResult,
        rating,
        vetoes);
  }

  public SubjectInputs withSurvey(Inputs.Sourced value) {
    if (Objects.equals(value, survey)) {
      return this;
    }
    return new SubjectInputs(
        kind,
        code,
        unitCode,
        year,
        peerGroup,
        scores,
        value,
        ballots,
        findings,
        unitResult,
        rating,
        vetoes);
  }

  public SubjectInputs withTally(Inputs.Tally tally) {
    var changed = with(ballots, tally.raterGroup(), tally);
    if (changed == ballots) {
      return this;
    }
    return new SubjectInputs(
        kind,
        code,
        unitCode,
        year,
        peerGroup,
        scores,
        survey,
        changed,
        findings,
        unitResult,
        rating,
        vetoes);
  }

  public SubjectInputs withFinding(Inputs.Finding finding) {
    var changed = with(findings, finding.findingId(), finding);
    if (changed == findings) {
      return this;
    }
    return new SubjectInputs(
        kind,
        code,
        unitCode,
        year,
        peerGroup,
        scores,
        survey,
        ballots,
        changed,
        unitResult,
        rating,
        vetoes);
  }

  public SubjectInputs withUnitResult(Inputs.Sourced value) {
    if (Objects.equals(value, unitResult)) {
      return this;
    }
    return new SubjectInputs(
        kind, code, unitCode, year, peerGroup, scores, survey, ballots, findings, value, rating,
        vetoes);
  }

  public SubjectInputs withRating(Candidate.Rating value) {
    if (Objects.equals(value, rating)) {
      return this;
    }
    return new SubjectInputs(
        kind,
        code,
        unitCode,
        year,
        peerGroup,
        scores,
        survey,
        ballots,
        findings,
        unitResult,
        value,
        vetoes);
  }

  public SubjectInputs withVeto(Candidate.Veto veto) {
    var changed = with(vetoes, veto.vetoId(), veto);
    if (changed == vetoes) {
      return this;
    }
    return new SubjectInputs(
        kind,
        code,
        unitCode,
        year,
        peerGroup,
        scores,
        survey,
        ballots,
        findings,
        unitResult,
        rating,
        changed);
  }
}

package org.kaohe.results.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kaohe.results.grading.Candidate;
import org.kaohe.results.scoring.Inputs;

/**
 * A unit's or cadre's current inputs for one year, keyed so that a later event for the same input
 * replaces the earlier one: scores by indicator (and half-year period), tallies by rater group,
 * findings by id, veto cases by id.
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
    scores = new TreeMap<>(scores);
    ballots = new TreeMap<>(ballots);
    findings = new TreeMap<>(findings);
    vetoes = new TreeMap<>(vetoes);
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
    SortedMap<String, Inputs.Score> changed = new TreeMap<>(scores);
    changed.put(key, score);
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
    SortedMap<String, Inputs.Tally> changed = new TreeMap<>(ballots);
    changed.put(tally.raterGroup(), tally);
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
    SortedMap<String, Inputs.Finding> changed = new TreeMap<>(findings);
    changed.put(finding.findingId(), finding);
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
    return new SubjectInputs(
        kind, code, unitCode, year, peerGroup, scores, survey, ballots, findings, value, rating,
        vetoes);
  }

  public SubjectInputs withRating(Candidate.Rating value) {
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
    SortedMap<String, Candidate.Veto> changed = new TreeMap<>(vetoes);
    changed.put(veto.vetoId(), veto);
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

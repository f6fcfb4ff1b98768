package org.kaohe.results.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaohe.events.assessment.DemocraticEvaluationRecordedEvent;
import org.kaohe.events.assessment.FindingRecordedEvent;
import org.kaohe.events.assessment.PoliticalQualityRatedEvent;
import org.kaohe.events.assessment.ScoreRecordedEvent;
import org.kaohe.events.assessment.VetoConfirmedEvent;
import org.kaohe.events.assessment.VetoProposedEvent;
import org.kaohe.events.assessment.VetoRejectedEvent;
import org.kaohe.events.ids.CadreCode;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.survey.SurveyResultPublishedEvent;
import org.kaohe.platform.reference.AssessedUnit;
import org.kaohe.platform.reference.Cadre;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.reference.scheme.ScoringScheme;
import org.kaohe.platform.reference.scheme.ScoringSchemes;
import org.kaohe.results.grading.Candidate;
import org.kaohe.results.scoring.Inputs;

/**
 * Applies one event to the inputs it sets, saving only what changed. Every input is replaced by the
 * later event for it, so applying an event twice, or again after the events that followed it,
 * leaves the inputs as the last of them set them. Events about a year without a scoring scheme, or
 * a unit or cadre the reference data does not know, change nothing.
 */
public final class InputChanges {
  private final ReferenceData reference;
  private final ScoringSchemes schemes;

  public InputChanges(ReferenceData reference, ScoringSchemes schemes) {
    this.reference = reference;
    this.schemes = schemes;
  }

  /**
   * @return the subjects the event is about, with their inputs as they are now: also when the event
   *     changed nothing (it was applied before), so that results a failure kept from being
   *     published are published when the event is delivered again
   */
  public List<SubjectInputs> apply(InputsRepository repository, String eventId, Object data) {
    List<SubjectInputs> changed = new ArrayList<>();
    if (data instanceof ScoreRecordedEvent score && score.value() != null) {
      String key =
          score.period() == null
              ? score.indicatorCode().value()
              : score.indicatorCode().value() + "/" + score.period();
      change(
          repository,
          score.unitCode(),
          score.cadreCode(),
          score.year(),
          inputs ->
              inputs.withScore(
                  key,
                  new Inputs.Score(
                      score.indicatorCode().value(), score.period(), score.value(), eventId)),
          changed);
    } else if (data instanceof PoliticalQualityRatedEvent rated) {
      change(
          repository,
          rated.unitCode(),
          rated.cadreCode(),
          rated.year(),
          inputs -> inputs.withRating(new Candidate.Rating(rated.rating(), eventId)),
          changed);
    } else if (data instanceof DemocraticEvaluationRecordedEvent evaluation) {
      change(
          repository,
          evaluation.unitCode(),
          evaluation.cadreCode(),
          evaluation.year(),
          inputs ->
              inputs.withTally(
                  new Inputs.Tally(evaluation.raterGroup(), evaluation.gradeCounts(), eventId)),
          changed);
    } else if (data instanceof FindingRecordedEvent finding) {
      change(
          repository,
          finding.unitCode(),
          finding.cadreCode(),
          finding.year(),
          inputs ->
              inputs.withFinding(
                  new Inputs.Finding(
                      finding.findingId(), finding.source(), finding.deduction(), eventId)),
          changed);
    } else if (data instanceof VetoProposedEvent proposed) {
      veto(
          repository,
          proposed.unitCode(),
          proposed.year(),
          proposed.vetoId().value(),
          Candidate.Veto.Status.PROPOSED,
          eventId,
          changed);
    } else if (data instanceof VetoConfirmedEvent confirmed) {
      veto(
          repository,
          confirmed.unitCode(),
          confirmed.year(),
          confirmed.vetoId().value(),
          Candidate.Veto.Status.CONFIRMED,
          eventId,
          changed);
    } else if (data instanceof VetoRejectedEvent rejected) {
      veto(
          repository,
          rejected.unitCode(),
          rejected.year(),
          rejected.vetoId().value(),
          Candidate.Veto.Status.REJECTED,
          eventId,
          changed);
    } else if (data instanceof SurveyResultPublishedEvent survey) {
      Inputs.Sourced value =
          survey.status() == SurveyResultPublishedEvent.Status.COMPUTED
              ? new Inputs.Sourced(survey.weightedScore(), eventId)
              : null;
      change(repository, survey.unitCode(), null, survey.year(), i -> i.withSurvey(value), changed);
    }
    return changed;
  }

  /** A veto case keeps the events of its proposal and its decision. */
  private void veto(
      InputsRepository repository,
      UnitCode unit,
      int year,
      String vetoId,
      Candidate.Veto.Status status,
      String eventId,
      List<SubjectInputs> changed) {
    change(
        repository,
        unit,
        null,
        year,
        inputs -> {
          List<String> events = new ArrayList<>();
          Candidate.Veto earlier = inputs.vetoes().get(vetoId);
          if (earlier != null && status != Candidate.Veto.Status.PROPOSED) {
            events.addAll(earlier.eventIds());
          }
          if (!events.contains(eventId)) {
            events.add(eventId);
          }
          return inputs.withVeto(new Candidate.Veto(vetoId, status, events));
        },
        changed);
  }

  private void change(
      InputsRepository repository,
      UnitCode unitCode,
      CadreCode cadreCode,
      int year,
      java.util.function.UnaryOperator<SubjectInputs> change,
      List<SubjectInputs> changed) {
    subject(repository, unitCode, cadreCode, year)
        .ifPresent(
            inputs -> {
              SubjectInputs after = change.apply(inputs);
              // A change that sets nothing new returns the same inputs.
              if (after != inputs) {
                repository.save(after);
              }
              changed.add(after);
            });
  }

  /** The subject's inputs so far, or empty ones; nothing for a year or subject nobody can score. */
  public Optional<SubjectInputs> subject(
      InputsRepository repository, UnitCode unitCode, CadreCode cadreCode, int year) {
    Optional<ScoringScheme> scheme = schemes.of(year);
    Optional<AssessedUnit> unit = reference.unit(unitCode.value());
    if (scheme.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    if (cadreCode == null) {
      String key = SubjectInputs.key(SubjectInputs.UNIT, unitCode.value(), year);
      return scheme
          .get()
          .treeFor(unit.get())
          .map(
              tree ->
                  repository
                      .find(key)
                      .orElseGet(
                          () ->
                              SubjectInputs.empty(
                                  SubjectInputs.UNIT,
                                  unitCode.value(),
                                  unitCode.value(),
                                  year,
                                  tree.peerGroup())));
    }
    Optional<Cadre> cadre = reference.cadre(cadreCode.value());
    if (cadre.isEmpty()) {
      return Optional.empty();
    }
    String key = SubjectInputs.key(SubjectInputs.CADRE, cadreCode.value(), year);
    return Optional.of(
        repository
            .find(key)
            .orElseGet(
                () ->
                    SubjectInputs.empty(
                        SubjectInputs.CADRE,
                        cadreCode.value(),
                        unitCode.value(),
                        year,
                        ScoringScheme.cadrePeerGroup(unit.get(), cadre.get().role()))));
  }
}

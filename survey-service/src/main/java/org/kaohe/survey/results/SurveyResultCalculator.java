package org.kaohe.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kaohe.events.ids.CampaignId;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.survey.SurveyResultPublishedEvent;
import org.kaohe.survey.campaign.domain.CampaignAsOf;
import org.kaohe.survey.campaign.domain.CampaignDefinition;
import org.kaohe.survey.campaign.domain.WeightingSettings;
import org.kaohe.survey.scoring.AnswerScale;
import org.kaohe.survey.scoring.RespondentScorer;
import org.kaohe.survey.scoring.ScoredItem;
import org.kaohe.survey.weighting.DimensionEstimate;
import org.kaohe.survey.weighting.RakingSettings;
import org.kaohe.survey.weighting.UnitEstimate;
import org.kaohe.survey.weighting.UnitEstimator;
import org.kaohe.survey.weighting.UnitNotEstimated;
import org.kaohe.survey.weighting.UnitResult;
import org.kaohe.survey.weighting.UnitSample;
import org.kaohe.survey.weighting.WeightingTargets;

/**
 * Turns a campaign's responses into every unit's result as the campaign stood at one of its events.
 * A response counts when it is complete (or a partial that answers enough required items), its
 * batch was recorded before that event, and no correction up to that event excluded it. Scores are
 * published with {@value #DECIMALS} decimals, rounded half-even, so a recomputation gives the same
 * bytes.
 */
public final class SurveyResultCalculator {
  static final int DECIMALS = 4;
  private final CampaignAsOf campaign;
  private final RespondentScorer scorer;
  private final Map<String, UnitSample.Builder> samples = new TreeMap<>();

  public SurveyResultCalculator(CampaignAsOf campaign) {
    this.campaign = campaign;
    CampaignDefinition definition = campaign.definition();
    this.scorer =
        new RespondentScorer(
            definition.items().stream()
                .map(
                    item ->
                        new ScoredItem(
                            item.code(), new AnswerScale(item.min(), item.max()), item.dimension()))
                .toList());
    for (String unit : definition.units()) {
      samples.put(unit, UnitSample.builder(unit, scorer.dimensions(), targets(unit)));
    }
  }

  /** Offers one stored response by its parts, as {@code ResponseStore} reads them for results. */
  public void offer(
      String unitCode,
      String responseId,
      String batchId,
      boolean counts,
      Map<String, ? extends Number> answers,
      Map<String, String> demographics) {
    UnitSample.Builder sample = samples.get(unitCode);
    if (sample == null || !counts || !campaign.recorded(batchId) || campaign.excluded(responseId)) {
      return;
    }
    scorer.score(answers).ifPresent(score -> sample.add(responseId, score, demographics));
  }

  /** Every unit's result, in unit order. */
  public List<UnitResult> results() {
    CampaignDefinition definition = campaign.definition();
    RakingSettings settings = settings(definition.weighting());
    List<UnitResult> results = new ArrayList<>();
    samples.forEach(
        (unit, sample) ->
            results.add(
                UnitEstimator.estimate(sample.build(), settings, definition.quotaOf(unit))));
    return results;
  }

  /** The unit's result as the published event. */
  public static SurveyResultPublishedEvent event(
      CampaignId campaignId,
      int year,
      UnitResult result,
      String computedFromEventId,
      String correctionReason,
      Instant publishedAt) {
    if (result instanceof UnitEstimate estimate) {
      SortedMap<String, BigDecimal> dimensions = new TreeMap<>();
      for (Map.Entry<String, DimensionEstimate> dimension : estimate.dimensions().entrySet()) {
        dimensions.put(dimension.getKey(), decimal(dimension.getValue().weightedScore()));
      }
      return new SurveyResultPublishedEvent(
          new UnitCode(result.unitCode()),
          year,
          campaignId,
          SurveyResultPublishedEvent.Status.COMPUTED,
          null,
          decimal(estimate.weightedScore()),
          decimal(estimate.unweightedScore()),
          estimate.respondents(),
          decimal(estimate.effectiveSampleSize()),
          decimal(estimate.designEffect()),
          decimal(estimate.marginOfError()),
          estimate.quota(),
          estimate.quotaMet(),
          dimensions,
          computedFromEventId,
          correctionReason,
          publishedAt);
    }
    UnitNotEstimated missing = (UnitNotEstimated) result;
    return new SurveyResultPublishedEvent(
        new UnitCode(result.unitCode()),
        year,
        campaignId,
        SurveyResultPublishedEvent.Status.NOT_COMPUTABLE,
        missing.reason(),
        null,
        missing.unweightedScore().isPresent()
            ? decimal(missing.unweightedScore().getAsDouble())
            : null,
        missing.respondents(),
        null,
        null,
        null,
        missing.quota(),
        missing.quotaMet(),
        new TreeMap<>(),
        computedFromEventId,
        correctionReason,
        publishedAt);
  }

  private WeightingTargets targets(String unit) {
    SortedMap<String, SortedMap<String, BigDecimal>> shares = campaign.targetsOf(unit);
    if (shares.isEmpty()) {
      return WeightingTargets.none();
    }
    Map<String, Map<String, Double>> asDoubles = new TreeMap<>();
    shares.forEach(
        (dimension, categories) -> {
          Map<String, Double> values = new TreeMap<>();
          categories.forEach((category, share) -> values.put(category, share.doubleValue()));
          asDoubles.put(dimension, values);
        });
    return WeightingTargets.of(asDoubles);
  }

  private static RakingSettings settings(WeightingSettings weighting) {
    return new RakingSettings(
        weighting.tolerance().doubleValue(),
        weighting.maxIterations(),
        weighting.trimLower().doubleValue(),
        weighting.trimUpper().doubleValue());
  }

  static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN);
  }
}

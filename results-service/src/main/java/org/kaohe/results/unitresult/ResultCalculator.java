package org.kaohe.results.unitresult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.kaohe.events.results.UnitResultComputedEvent;

/**
 * Computes a unit's result from its round. A placeholder rule until the scoring rules land: the
 * plain mean of the recorded indicator scores, to two decimals. Pure: the same state and source
 * event always give the same result.
 */
public final class ResultCalculator {
  private ResultCalculator() {}

  public static UnitResultComputedEvent compute(
      UnitRoundState state, String sourceEventId, Instant sourceTime) {
    BigDecimal sum = state.scores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    int count = state.scores().size();
    BigDecimal mean =
        count == 0
            ? BigDecimal.ZERO.setScale(2)
            : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    return new UnitResultComputedEvent(
        state.unitCode(), state.year(), mean, count, state.sequence(), sourceEventId, sourceTime);
  }
}

package org.kaohe.benchmarks.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import org.kaohe.survey.campaign.domain.Channel;

/**
 * Realistic responses for a campaign, the same for the same campaign and index: respondents spread
 * over the units at random, each with a unique phone-number-like key and a device-made response id
 * (KoboToolbox's {@code uuid:} form), three demographic dimensions drawn off the population shares
 * so raking has work to do, and four answers around a level of the unit's own.
 */
final class ResponseGenerator {
  static final Instant FIELDWORK_START = Instant.parse("2026-06-01T00:00:00Z");

  /** Collected over the first two weeks of fieldwork, before the service's clock. */
  private static final long FIELDWORK_SECONDS = 13L * 24 * 3600;

  private static final String[] SEXES = {"F", "M"};
  private static final double[] SEX_DRAW = {0.58, 1};
  private static final String[] AGES = {"18-34", "35-54", "55plus"};
  private static final double[] AGE_DRAW = {0.22, 0.62, 1};
  private static final String[] AREAS = {"urban", "rural"};
  private static final double[] AREA_DRAW = {0.7, 1};
  private static final Channel[] CHANNELS = {Channel.PHONE, Channel.WEB, Channel.IN_PERSON};
  private static final double[] CHANNEL_DRAW = {0.5, 0.8, 1};
  // Unique keys: 7,919 is prime to 10^10, so index × 7,919 mod 10^10 never repeats.
  private static final long KEY_STEP = 7_919;
  private static final long KEY_SPACE = 10_000_000_000L;

  private final long campaignSeed;
  private final List<String> units;

  ResponseGenerator(String campaignId, List<String> units) {
    this.campaignSeed = campaignId.hashCode() * 0x9E3779B97F4A7C15L;
    this.units = List.copyOf(units);
  }

  /** Responses {@code first} to {@code first + count - 1} of the campaign. */
  List<GeneratedResponse> responses(long first, int count) {
    List<GeneratedResponse> batch = new ArrayList<>(count);
    for (long index = first; index < first + count; index++) {
      batch.add(response(index));
    }
    return batch;
  }

  GeneratedResponse response(long index) {
    SplittableRandom random = new SplittableRandom(campaignSeed ^ (index * 0xBF58476D1CE4E5B9L));
    int unit = random.nextInt(units.size());
    SortedMap<String, String> demographics = new TreeMap<>();
    demographics.put("sex", draw(SEXES, SEX_DRAW, random));
    demographics.put("age", draw(AGES, AGE_DRAW, random));
    demographics.put("area", draw(AREAS, AREA_DRAW, random));
    // A unit's level from 2.5 to 4.4 on the 1-5 items (and the same share of the 0-10 one).
    double level = 2.5 + (unit % 20) * 0.1;
    SortedMap<String, Integer> answers = new TreeMap<>();
    answers.put("Q1", scale(level, 1, 5, random));
    answers.put("Q2", scale(level, 1, 5, random));
    answers.put("Q3", scale((level - 1) / 4 * 10, 0, 10, random));
    if (random.nextDouble() < 0.9) {
      answers.put("Q4", scale(level, 1, 5, random));
    }
    return new GeneratedResponse(
        "uuid:" + new UUID(random.nextLong(), random.nextLong()),
        units.get(unit),
        String.format("1%010d", index * KEY_STEP % KEY_SPACE),
        draw(CHANNELS, CHANNEL_DRAW, random),
        FIELDWORK_START.plusSeconds(random.nextLong(FIELDWORK_SECONDS)),
        demographics,
        answers);
  }

  private static <T> T draw(T[] values, double[] cumulative, SplittableRandom random) {
    double u = random.nextDouble();
    for (int i = 0; i < values.length; i++) {
      if (u < cumulative[i]) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private static int scale(double mean, int min, int max, SplittableRandom random) {
    long value =
        Math.round(mean + (random.nextDouble() + random.nextDouble() - 1) * (max - min) / 2.0);
    return (int) Math.max(min, Math.min(max, value));
  }
}

package org.kaohe.benchmarks.survey;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaohe.events.Topics;
import org.kaohe.events.survey.SurveyResultPublishedEvent;
import org.kaohe.platform.kafka.CloudEventConsumer;
import org.kaohe.platform.kafka.KafkaSettings;
import org.kaohe.platform.kafka.TypedCloudEvent;

/**
 * Watches {@code survey.events} as a consumer of the published contract would: for each campaign,
 * which units' results have arrived and when the last new one did.
 */
final class PublishedResultsWatch implements AutoCloseable {
  private final CloudEventConsumer consumer;
  private final Map<String, Set<String>> unitsByCampaign = new HashMap<>();
  private final Map<String, Long> lastArrivalNanos = new HashMap<>();

  PublishedResultsWatch(String bootstrapServers) {
    consumer =
        new CloudEventConsumer(
            new KafkaSettings(bootstrapServers, null, null),
            "survey-load-driver-" + System.nanoTime(),
            List.of(Topics.SURVEY_EVENTS),
            this::arrived,
            new SimpleMeterRegistry());
    consumer.start();
  }

  private synchronized void arrived(TypedCloudEvent event) {
    if (event.data() instanceof SurveyResultPublishedEvent result) {
      String campaign = result.campaignId().value();
      if (unitsByCampaign
          .computeIfAbsent(campaign, c -> new HashSet<>())
          .add(result.unitCode().value())) {
        lastArrivalNanos.put(campaign, System.nanoTime());
      }
      notifyAll();
    }
  }

  /**
   * Waits until results of {@code units} distinct units of the campaign have arrived, or the
   * timeout has passed.
   *
   * @return the {@link System#nanoTime} at which the last new one arrived, and how many arrived
   */
  synchronized Arrivals awaitUnits(String campaign, int units, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (arrived(campaign) < units) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return new Arrivals(arrived(campaign), lastArrivalNanos.getOrDefault(campaign, -1L));
  }

  /** How many units' results have arrived, and when the last new one did. */
  record Arrivals(int units, long lastNanos) {}

  private int arrived(String campaign) {
    return unitsByCampaign.getOrDefault(campaign, Set.of()).size();
  }

  @Override
  public void close() {
    consumer.close();
  }
}

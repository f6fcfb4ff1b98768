package org.kaohe.results.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.events.ids.UnitCode;
import org.kaohe.events.results.UnitResultPublishedEvent;
import org.kaohe.tools.embedded.SharedInfrastructure;

/** The result log on the embedded MongoDB server. */
class ResultLogIT {
  private static final Instant EARLIER = Instant.parse("2027-01-10T08:00:00Z");
  private static final Instant LATER = EARLIER.plusSeconds(60);

  private MongoClient client;
  private ResultLog log;

  @BeforeEach
  void emptyLog() {
    client = MongoClients.create(SharedInfrastructure.mongo().connectionString());
    log = new ResultLog(client.getDatabase("result-log-it-" + System.nanoTime()));
  }

  @AfterEach
  void close() {
    client.close();
  }

  /**
   * Events of different units travel on different partitions, so a result can be logged after
   * another whose cause happened later: as of an instant after both causes, the unit's result is
   * the one logged last, not the one whose cause was latest.
   */
  @Test
  void asOfAnInstantGivesTheResultLoggedLastAmongThoseCausedByThen() {
    log.append(List.of(entry("e1", LATER, "91.7895")));
    log.append(List.of(entry("e2", EARLIER, "92.2")));

    assertThat(composite(LATER.plusSeconds(1))).hasValue(new BigDecimal("92.2"));
    assertThat(composite(EARLIER.plusSeconds(1))).hasValue(new BigDecimal("92.2"));
    assertThat(composite(EARLIER.minusSeconds(1))).isEmpty();
  }

  @Test
  void anEventsResultsAreLoggedInOrderInOneWriteAndARedeliveredEventLogsNothingAgain() {
    List<LoggedResult> first =
        log.append(List.of(entry("e1", EARLIER, "91.7895"), entry("e2", EARLIER, "92.2")));
    List<LoggedResult> again =
        log.append(
            List.of(
                entry("e1", EARLIER, "91.7895"),
                entry("e2", EARLIER, "92.2"),
                entry("e3", LATER, "93")));

    assertThat(first).extracting(LoggedResult::entryId).containsExactly("e1", "e2");
    assertThat(first).extracting(LoggedResult::position).containsExactly(1L, 2L);
    assertThat(again).extracting(LoggedResult::entryId).containsExactly("e3");
    assertThat(again.get(0).position()).isEqualTo(5L);
    assertThat(log.after(0).collectList().block())
        .extracting(LoggedResult::entryId)
        .containsExactly("e1", "e2", "e3");
  }

  private static ResultLog.Entry entry(String id, Instant at, String composite) {
    return new ResultLog.Entry(id, "UNIT", "620300", "620300", 2026, at, result(composite));
  }

  private Optional<BigDecimal> composite(Instant asOf) {
    return log.asOf("UNIT", "620300", 2026, asOf)
        .map(logged -> ((UnitResultPublishedEvent) logged.result()).composite());
  }

  private static UnitResultPublishedEvent result(String composite) {
    return new UnitResultPublishedEvent(
        new UnitCode("620300"),
        2026,
        "CITY",
        "ECONOMIC",
        "CITY",
        "2026.1",
        false,
        List.of("SURVEY"),
        new BigDecimal(composite),
        List.of(),
        List.of(),
        true,
        List.of(),
        "GOOD",
        "GOOD",
        List.of(),
        1,
        14,
        true,
        "result-" + composite,
        "e-" + composite,
        EARLIER);
  }
}

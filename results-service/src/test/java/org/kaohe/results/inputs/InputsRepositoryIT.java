package org.kaohe.results.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaohe.results.scoring.Inputs;
import org.kaohe.tools.embedded.SharedInfrastructure;

/** The stores of inputs, and a poll's view of one, answer a peer group's members alike. */
class InputsRepositoryIT {
  private static MongoClient client;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(SharedInfrastructure.mongo().connectionString());
  }

  @AfterAll
  static void close() {
    client.close();
  }

  static Stream<InputsRepository> repositories() {
    return Stream.of(
        new MemoryInputs(),
        new MongoInputs(
            client.getDatabase("inputs-it-" + System.nanoTime()).getCollection("inputs")),
        new PollInputs(
            new MongoInputs(
                client.getDatabase("inputs-it-" + System.nanoTime()).getCollection("inputs")),
            key -> List.of()));
  }

  @ParameterizedTest
  @MethodSource("repositories")
  void savingManyReplacesEachSubjectsInputs(InputsRepository inputs) {
    inputs.save(SubjectInputs.empty(SubjectInputs.UNIT, "620100", "620100", 2026, "CITY"));

    inputs.saveAll(List.of(unit("620100", "CITY"), unit("620200", "CITY")));

    assertThat(inputs.findAll(List.of("UNIT:620100:2026", "UNIT:620200:2026")))
        .containsExactly(unit("620100", "CITY"), unit("620200", "CITY"));
    assertThat(inputs.peerGroupsOf(SubjectInputs.UNIT, 2026)).containsExactly("CITY");
  }

  @Test
  void aPollsSavesReachTheStoreInOneFlushAndItReadsEachSubjectOnceWithItsCompanions() {
    MongoInputs store =
        new MongoInputs(
            client.getDatabase("inputs-it-" + System.nanoTime()).getCollection("inputs"));
    store.save(unit("620100", "CITY"));
    store.save(unit("620300", "CITY"));
    PollInputs poll = new PollInputs(store, key -> List.of("UNIT:620300:2026", "UNIT:620400:2026"));

    SubjectInputs read = poll.find("UNIT:620100:2026").orElseThrow();
    store.save(unit("620100", "COUNTY"));
    store.save(unit("620300", "COUNTY"));
    store.save(unit("620400", "CITY"));
    poll.save(unit("620200", "CITY"));

    assertThat(poll.find("UNIT:620100:2026")).contains(read);
    assertThat(poll.find("UNIT:620300:2026")).contains(unit("620300", "CITY"));
    assertThat(poll.find("UNIT:620400:2026")).isEmpty();
    assertThat(poll.findAll(List.of("UNIT:620200:2026", "UNIT:620100:2026", "UNIT:620300:2026")))
        .containsExactly(read, unit("620200", "CITY"), unit("620300", "CITY"));
    assertThat(store.find("UNIT:620200:2026")).isEmpty();
    poll.flush();
    assertThat(store.find("UNIT:620200:2026")).contains(unit("620200", "CITY"));
    assertThat(store.find("UNIT:620100:2026")).contains(unit("620100", "COUNTY"));
  }

  @ParameterizedTest
  @MethodSource("repositories")
  void findsTheStoredSubjectsAmongTheKeysInKeyOrderAndNothingElse(InputsRepository inputs) {
    inputs.save(unit("620200", "CITY"));
    inputs.save(unit("620100", "CITY"));
    inputs.save(unit("620102", "COUNTY"));
    inputs.save(SubjectInputs.empty(SubjectInputs.UNIT, "620100", "620100", 2027, "CITY"));

    List<SubjectInputs> found =
        inputs.findAll(
            List.of(
                "UNIT:620200:2026", "UNIT:620100:2026", "UNIT:620300:2026", "UNIT:620200:2026"));

    assertThat(found)
        .extracting(SubjectInputs::key)
        .containsExactly("UNIT:620100:2026", "UNIT:620200:2026");
    assertThat(found.get(0)).isEqualTo(unit("620100", "CITY"));
    assertThat(inputs.findAll(List.of())).isEmpty();
  }

  private static SubjectInputs unit(String code, String peerGroup) {
    return SubjectInputs.empty(SubjectInputs.UNIT, code, code, 2026, peerGroup)
        .withScore(
            "HQD-ECONOMY",
            new Inputs.Score("HQD-ECONOMY", null, new BigDecimal("91.5"), "score-" + code));
  }
}

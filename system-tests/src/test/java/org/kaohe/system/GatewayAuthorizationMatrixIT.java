package org.kaohe.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaohe.assessment.AuthorizationTable;
import org.kaohe.assessment.AuthorizationTable.Cell;
import org.kaohe.platform.web.servicecheck.AttackLedger;
import org.kaohe.platform.web.servicecheck.HostileRequest;
import org.kaohe.platform.web.servicecheck.HostileRequest.Answer;
import org.kaohe.tools.launcher.LocalStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment service's {@link AuthorizationTable}, every route against every kind of caller,
 * sent through the running gateway in front of the running service: each cell must be answered as
 * it is straight at the service, a refusal storing nothing in the service's event store and
 * carrying none of the data it guards. The run's counts are logged in one line, {@code matrix
 * through the gateway: N requests, 0 5xx, 0 leaks, 0 bypasses}.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayAuthorizationMatrixIT {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayAuthorizationMatrixIT.class);
  private static final AttackLedger LEDGER =
      new AttackLedger("matrix through the gateway", AuthorizationTable::itemsAccepted);
  private static final String EVENT_STORE = "kaohe-assessment";

  private LocalStack stack;
  private MongoClient mongo;

  @BeforeAll
  void recordWhatTheReadsFind(LocalStack running) {
    stack = running;
    mongo = MongoClients.create(stack.mongoConnectionString());
    for (HostileRequest request : AuthorizationTable.preparation()) {
      assertThat(request.send(stack.gatewayUrl()).status()).as(request.label()).isBetween(200, 299);
    }
  }

  @AfterAll
  void reportCounts() {
    LOG.info(LEDGER.summary());
    if (mongo != null) {
      mongo.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void everyCellIsAnsweredThroughTheGatewayAsStraightAtTheService(Cell cell) {
    long before = storedEvents();
    Answer answer = cell.request().send(stack.gatewayUrl());
    long after = storedEvents();
    assertThat(AuthorizationTable.judge(LEDGER, cell, answer, before, after))
        .as(cell.toString())
        .isEmpty();
  }

  static Stream<Cell> everyCellIsAnsweredThroughTheGatewayAsStraightAtTheService() {
    return Stream.of(AuthorizationTable.Rules.values()).flatMap(AuthorizationTable::cells);
  }

  private long storedEvents() {
    return mongo.getDatabase(EVENT_STORE).getCollection("domainevents").countDocuments();
  }
}

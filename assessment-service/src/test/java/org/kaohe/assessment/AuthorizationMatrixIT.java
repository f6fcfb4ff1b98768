package org.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaohe.assessment.AuthorizationTable.Cell;
import org.kaohe.assessment.AuthorizationTable.Rules;
import org.kaohe.platform.web.servicecheck.AttackLedger;
import org.kaohe.platform.web.servicecheck.HostileRequest;
import org.kaohe.platform.web.servicecheck.HostileRequest.Answer;
import org.kaohe.tools.embedded.SharedInfrastructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.TestPropertySource;

/**
 * The {@link AuthorizationTable} sent straight at the service: every route against every kind of
 * caller, each cell answered with its status, a refusal storing nothing and carrying none of the
 * data it guards. The run's counts are logged in one line, {@code matrix: N requests, 0 5xx, 0
 * leaks, 0 bypasses}.
 *
 * <p>The cells of object- and property-level access (who reads which round, veto and finding) and
 * of HEAD are held apart, in methods of their own.
 */
// Publishes on a topic of its own: other tests await their units' events on the shared one.
@TestPropertySource(properties = "kaohe.relay.topic=assessment.events.matrix")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends ServiceIT {
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationMatrixIT.class);
  private static final AttackLedger LEDGER =
      new AttackLedger("matrix", AuthorizationTable::itemsAccepted);

  private MongoClient mongo;

  @BeforeAll
  void recordWhatTheReadsFind() {
    mongo = MongoClients.create(SharedInfrastructure.mongo().connectionString());
    for (HostileRequest request : AuthorizationTable.preparation()) {
      assertThat(request.send(baseUrl()).status()).as(request.label()).isBetween(200, 299);
    }
  }

  @AfterAll
  void reportCounts() {
    LOG.info(LEDGER.summary());
    mongo.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void everyRouteAnswersEveryCallerAsItsRoleAllows(Cell cell) {
    check(cell);
  }

  static Stream<Cell> everyRouteAnswersEveryCallerAsItsRoleAllows() {
    return AuthorizationTable.cells(Rules.ROLES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void objectsAnAgencyReadsOnlyItsOwnInputsAndOverseersTheRest(Cell cell) {
    check(cell);
  }

  static Stream<Cell> objectsAnAgencyReadsOnlyItsOwnInputsAndOverseersTheRest() {
    return AuthorizationTable.cells(Rules.OBJECTS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void headIsAllowedWhereGetIs(Cell cell) {
    check(cell);
  }

  static Stream<Cell> headIsAllowedWhereGetIs() {
    return AuthorizationTable.cells(Rules.HEAD);
  }

  private void check(Cell cell) {
    long before = storedEvents();
    Answer answer = cell.request().send(baseUrl());
    long after = storedEvents();
    assertThat(AuthorizationTable.judge(LEDGER, cell, answer, before, after))
        .as(cell.toString())
        .isEmpty();
  }

  private long storedEvents() {
    return mongo.getDatabase(database).getCollection("domainevents").countDocuments();
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + port;
  }
}

package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoTokenStoreTest {
  private static final Instant NOW = Instant.parse("2027-01-15T08:00:00Z");
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private MongoDatabase database;
  private MongoTokenStore nodeA;
  private MongoTokenStore nodeB;

  @BeforeEach
  void twoNodesOnOneStore() {
    database = TestEvents.freshDatabase();
    nodeA = store("node-a", NOW);
    nodeB = store("node-b", NOW);
  }

  @Test
  void storesAndFetchesTheTokenOfAClaimedSegment() {
    nodeA.initializeTokenSegments("relay", 2);

    nodeA.fetchToken("relay", 0);
    nodeA.storeToken(new GlobalSequenceTrackingToken(42), "relay", 0);

    assertThat(nodeA.fetchToken("relay", 0)).isEqualTo(new GlobalSequenceTrackingToken(42));
    assertThat(nodeA.fetchToken("relay", 1)).isNull();
    assertThat(nodeA.fetchSegments("relay")).containsExactly(0, 1);
  }

  @Test
  void aSegmentClaimedByOneNodeCannotBeTakenByAnotherUntilReleased() {
    nodeA.initializeTokenSegments("relay", 1);
    nodeA.fetchToken("relay", 0);

    assertThatThrownBy(() -> nodeB.fetchToken("relay", 0))
        .isInstanceOf(UnableToClaimTokenException.class)
        .hasMessageContaining("relay");
    assertThat(nodeB.fetchAvailableSegments("relay")).isEmpty();

    nodeA.releaseClaim("relay", 0);

    assertThat(nodeB.fetchAvailableSegments("relay")).containsExactly(Segment.ROOT_SEGMENT);
    assertThat(nodeB.fetchToken("relay", 0)).isNull();
  }

  @Test
  void anExpiredClaimIsTakenOverSoACrashedNodesWorkContinues() {
    nodeA.initializeTokenSegments("relay", 1);
    nodeA.fetchToken("relay", 0);
    nodeA.storeToken(new GlobalSequenceTrackingToken(7), "relay", 0);

    MongoTokenStore later = store("node-b", NOW.plus(TIMEOUT).plusSeconds(1));

    assertThat(later.fetchToken("relay", 0)).isEqualTo(new GlobalSequenceTrackingToken(7));
    assertThatThrownBy(() -> nodeA.extendClaim("relay", 0))
        .isInstanceOf(UnableToClaimTokenException.class);
  }

  @Test
  void segmentsAreInitializedOnlyOnce() {
    nodeA.initializeTokenSegments("relay", 1);

    assertThatThrownBy(() -> nodeB.initializeTokenSegments("relay", 1))
        .isInstanceOf(UnableToClaimTokenException.class);
    assertThatThrownBy(() -> nodeB.initializeSegment(null, "relay", 0))
        .isInstanceOf(UnableToInitializeTokenException.class);
  }

  @Test
  void fetchingAnUninitializedSegmentFailsClearly() {
    assertThatThrownBy(() -> nodeA.fetchToken("never-started", 0))
        .isInstanceOf(UnableToClaimTokenException.class)
        .hasMessageContaining("never-started");
  }

  private MongoTokenStore store(String owner, Instant now) {
    return new MongoTokenStore(
        database, TestEvents.SERIALIZER, owner, Clock.fixed(now, ZoneOffset.UTC), TIMEOUT);
  }
}

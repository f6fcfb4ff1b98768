package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The canonical form is a specification: these bytes and this hash must never change. */
class CanonicalEventTest {
  private static final Document EVENT =
      new Document("_id", "620100-2026/0")
          .append("eventIdentifier", "e-1")
          .append("aggregateType", "UnitRound")
          .append("aggregateIdentifier", "620100-2026")
          .append("sequenceNumber", 0L)
          .append("globalIndex", 1L)
          .append("payloadType", "org.kaohe.events.assessment.ScoreRecordedEvent")
          .append("payloadRevision", "1")
          .append("timestamp", "2027-01-15T08:30:00Z")
          .append("payload", "{\"value\":87.5}")
          .append("metaData", "{\"agency\":\"PROV-STATS\"}");

  @Test
  void fieldsAreLengthPrefixedInTheSpecifiedOrder() {
    byte[] bytes = CanonicalEvent.bytes(EVENT, CanonicalEvent.GENESIS);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);

    assertThat(text)
        .startsWith("kaohe-event-v1\0\0\0\u0009UnitRound\0\0\0\u000b620100-2026\0\0\0\u00010");
    assertThat(text).endsWith("\0\0\0\u0040" + CanonicalEvent.GENESIS);
  }

  @Test
  void theSameEventAlwaysHasTheSameHash() {
    assertThat(CanonicalEvent.hash(EVENT, CanonicalEvent.GENESIS))
        .isEqualTo(CanonicalEvent.hash(new Document(EVENT), CanonicalEvent.GENESIS))
        .isEqualTo(GOLDEN);
  }

  @Test
  void theHashIsTheSha256OfTheCanonicalBytesForAnyText() throws Exception {
    Document event =
        new Document(EVENT).append("payload", "{\"summary\":\"考核 — 甘肃\"}").append("metaData", null);

    byte[] expected =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(CanonicalEvent.bytes(event, CanonicalEvent.GENESIS));

    assertThat(CanonicalEvent.hash(event, CanonicalEvent.GENESIS))
        .isEqualTo(java.util.HexFormat.of().formatHex(expected));
  }

  @Test
  void aDifferentPredecessorGivesADifferentHash() {
    assertThat(CanonicalEvent.hash(EVENT, "1".repeat(64))).isNotEqualTo(GOLDEN);
  }

  /** Computed independently of this code base from the specification in {@link CanonicalEvent}. */
  private static final String GOLDEN =
      "97de0710d297d6a61e449aa6943ecd9541912acbfb54a43a7f7b891933965e08";
}

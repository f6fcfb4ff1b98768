package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.platform.eventstore.TestEvents.event;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tamper evidence: every edit, deletion, swap or re-hash of a stored event is detected and located.
 * Runs against the embedded server and, where Docker exists, a real MongoDB.
 */
abstract class HashChainContract {
  private MongoDatabase database;
  private MongoCollection<Document> stored;
  private ChainVerifier verifier;

  @BeforeEach
  void storeTwoRounds() {
    database = freshDatabase();
    MongoEventStorageEngine engine = TestEvents.engine(database);
    engine.appendEvents(event("A-2026", 0, 80), event("A-2026", 1, 81));
    engine.appendEvents(event("B-2026", 0, 70));
    engine.appendEvents(event("A-2026", 2, 82), event("A-2026", 3, 83));
    // As a writer gone idle does: its unused reserved indices are given up, no longer pending.
    engine.releaseReservedIndices();
    stored = database.getCollection("domainevents");
    verifier = new ChainVerifier(database);
  }

  @Test
  void aCleanStoreVerifiesWithItsEventCountAndHeadHashes() {
    VerificationReport report = verifier.verifyAll();

    assertThat(report.intact()).isTrue();
    assertThat(report.eventsVerified()).isEqualTo(5);
    assertThat(report.headHashes())
        .containsEntry("A-2026", hashOf("A-2026", 3))
        .containsEntry("B-2026", hashOf("B-2026", 0));
    assertThat(verifier.verifyAggregate("A-2026").eventsVerified()).isEqualTo(4);
  }

  @Test
  void eachEventPointsAtItsPredecessorsHashAndTheFirstAtGenesis() {
    assertThat(doc("A-2026", 0).getString("previousHash")).isEqualTo(CanonicalEvent.GENESIS);
    assertThat(doc("A-2026", 2).getString("previousHash")).isEqualTo(hashOf("A-2026", 1));
  }

  @Test
  void anEditedPayloadIsLocatedExactly() {
    stored.updateOne(
        at("A-2026", 2), Updates.set("payload", "{\"indicator\":\"HQD-ECONOMY\",\"value\":99}"));

    assertBrokenAt(verifier.verifyAll(), "A-2026", 2, 4, "content does not match its hash");
    assertBrokenAt(verifier.verifyAggregate("A-2026"), "A-2026", 2, 4, "content");
  }

  @Test
  void aDeletedEventIsLocatedAtTheEventAfterTheHole() {
    stored.deleteOne(at("A-2026", 1));

    assertBrokenAt(verifier.verifyAll(), "A-2026", 2, 4, "sequence 1 of this aggregate is missing");
  }

  @Test
  void swappedEventsAreDetected() {
    Document first = doc("A-2026", 1);
    Document second = doc("A-2026", 2);
    stored.updateOne(
        Filters.eq("_id", first.get("_id")), Updates.set("payload", second.getString("payload")));
    stored.updateOne(
        Filters.eq("_id", second.get("_id")), Updates.set("payload", first.getString("payload")));

    assertBrokenAt(verifier.verifyAll(), "A-2026", 1, 2, "content does not match its hash");
  }

  @Test
  void anAlteredHashIsDetectedAtTheAlteredEvent() {
    stored.updateOne(at("B-2026", 0), Updates.set("hash", "f".repeat(64)));

    assertBrokenAt(verifier.verifyAll(), "B-2026", 0, 3, "content does not match its hash");
  }

  @Test
  void aRecomputedHashStillBreaksTheLinkOfTheNextEvent() {
    Document tampered = doc("A-2026", 1);
    tampered.put("payload", "{\"indicator\":\"HQD-ECONOMY\",\"value\":1}");
    tampered.put("hash", CanonicalEvent.hash(tampered, tampered.getString("previousHash")));
    stored.replaceOne(Filters.eq("_id", tampered.get("_id")), tampered);

    assertBrokenAt(
        verifier.verifyAll(),
        "A-2026",
        2,
        4,
        "previous hash does not match the hash of sequence 1");
  }

  @Test
  void aRangeIsVerifiedWithTheLinkToItsPredecessorOutsideTheRange() {
    assertThat(verifier.verifyRange(4, 5).eventsVerified()).isEqualTo(2);
    assertThat(verifier.verifyRange(4, 5).intact()).isTrue();

    stored.updateOne(at("A-2026", 1), Updates.set("hash", "0".repeat(64)));

    assertBrokenAt(verifier.verifyRange(4, 5), "A-2026", 2, 4, "previous hash");
  }

  @Test
  void aDeletedLatestEventShowsAsAnUnexplainedGapAndAChangedHead() {
    String headBefore = verifier.verifyAll().headHashes().get("A-2026");
    stored.deleteOne(at("A-2026", 3));

    VerificationReport report = verifier.verifyAll();

    assertThat(report.unexplainedGaps()).isEqualTo(1);
    assertThat(report.intact()).isFalse();
    assertThat(report.headHashes().get("A-2026")).isNotEqualTo(headBefore);
  }

  @Test
  void theCommandLineVerifierReportsTheBrokenLinkAndExitsWithOne() {
    stored.updateOne(at("A-2026", 2), Updates.set("metaData", "{}"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        VerifyCommand.run(
            new String[] {
              "--uri", connectionString(),
              "--database", database.getName()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);

    assertThat(status).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("BROKEN at aggregate A-2026, sequence 2, global index 4");
  }

  @Test
  void theCommandLineVerifierSaysWhenItCannotReachTheStore() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        VerifyCommand.run(
            new String[] {
              "--uri", "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=200", "--database", "x"
            },
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read the event store at");
  }

  @Test
  void theCommandLineVerifierRejectsIncompleteArguments() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        VerifyCommand.run(
            new String[] {"--uri", "mongodb://127.0.0.1:1"},
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --database");
  }

  protected abstract MongoDatabase freshDatabase();

  protected abstract String connectionString();

  private static void assertBrokenAt(
      VerificationReport report, String aggregate, long sequence, long globalIndex, String reason) {
    assertThat(report.intact()).isFalse();
    assertThat(report.firstBrokenLink().aggregateIdentifier()).isEqualTo(aggregate);
    assertThat(report.firstBrokenLink().sequenceNumber()).isEqualTo(sequence);
    assertThat(report.firstBrokenLink().globalIndex()).isEqualTo(globalIndex);
    assertThat(report.firstBrokenLink().reason()).contains(reason);
  }

  private Document doc(String aggregate, long sequence) {
    return stored.find(at(aggregate, sequence)).first();
  }

  private String hashOf(String aggregate, long sequence) {
    return doc(aggregate, sequence).getString("hash");
  }

  private static org.bson.conversions.Bson at(String aggregate, long sequence) {
    return Filters.and(
        Filters.eq("aggregateIdentifier", aggregate), Filters.eq("sequenceNumber", sequence));
  }
}

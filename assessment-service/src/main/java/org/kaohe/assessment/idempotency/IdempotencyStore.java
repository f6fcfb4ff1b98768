package org.kaohe.assessment.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

/**
 * The keys in a MongoDB collection, one document per owner and key. A key is claimed by inserting
 * its document: the unique {@code _id} makes exactly one of several concurrent first requests the
 * claimant. Blocking calls.
 */
public final class IdempotencyStore {
  // A claim can be lost to a concurrent reclaim this often in a row before the request gives up.
  private static final int CLAIM_ATTEMPTS = 5;

  private final MongoCollection<Document> keys;
  private final Clock clock;
  private final Duration retention;
  private final Duration processingTimeout;

  public IdempotencyStore(
      MongoCollection<Document> keys, Clock clock, Duration retention, Duration processingTimeout) {
    this.keys = keys;
    this.clock = clock;
    this.retention = retention;
    this.processingTimeout = processingTimeout;
  }

  /**
   * Lets MongoDB delete expired keys itself. Expiry is also checked on every read, for servers
   * without a TTL monitor (such as the embedded one, which ignores the index).
   */
  public void ensureIndexes() {
    keys.createIndex(
        Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
  }

  /**
   * Claims the key for this request, or says how to answer from what the key already holds.
   *
   * @return {@link KeyDecision.Proceed}, {@link KeyDecision.Replay}, {@link KeyDecision.Mismatch}
   *     or {@link KeyDecision.InFlight}
   */
  public KeyDecision claim(KeyOwner owner, IdempotencyKey key, String fingerprint) {
    Document id = id(owner, key);
    for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      Instant now = clock.instant();
      String claimId = UUID.randomUUID().toString();
      if (insert(claim(id, fingerprint, claimId, now))) {
        return new KeyDecision.Proceed(claimId);
      }
      Optional<KeyRecord> existing = find(id);
      if (existing.isEmpty()) {
        continue; // released or expired in between: try to insert again
      }
      KeyDecision decision = KeyDecision.about(existing.get(), fingerprint, now, processingTimeout);
      if (!(decision instanceof KeyDecision.Reclaim reclaim)) {
        return decision;
      }
      Bson stale =
          Filters.and(Filters.eq("_id", id), Filters.eq("claimId", reclaim.staleClaimId()));
      if (keys.replaceOne(stale, claim(id, fingerprint, claimId, now)).getMatchedCount() == 1) {
        return new KeyDecision.Proceed(claimId);
      }
    }
    return new KeyDecision.InFlight();
  }

  /** Keeps the response for replay; does nothing if the claim is no longer this request's. */
  public void complete(
      KeyOwner owner, IdempotencyKey key, String claimId, StoredResponse response) {
    Document stored =
        new Document("status", response.status())
            .append("contentType", response.contentType())
            .append("location", response.location())
            .append("body", new Binary(response.body()));
    keys.updateOne(ownClaim(owner, key, claimId), Updates.set("response", stored));
  }

  /** Forgets the claim, so a retry is processed afresh. */
  public void release(KeyOwner owner, IdempotencyKey key, String claimId) {
    keys.deleteOne(ownClaim(owner, key, claimId));
  }

  private boolean insert(Document claim) {
    try {
      keys.insertOne(claim);
      return true;
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  private Optional<KeyRecord> find(Document id) {
    return Optional.ofNullable(keys.find(Filters.eq("_id", id)).first())
        .map(IdempotencyStore::toRecord);
  }

  private Document claim(Document id, String fingerprint, String claimId, Instant now) {
    return new Document("_id", id)
        .append("fingerprint", fingerprint)
        .append("claimId", claimId)
        .append("claimedAt", Date.from(now))
        .append("expiresAt", Date.from(now.plus(retention)));
  }

  private static Bson ownClaim(KeyOwner owner, IdempotencyKey key, String claimId) {
    return Filters.and(Filters.eq("_id", id(owner, key)), Filters.eq("claimId", claimId));
  }

  private static Document id(KeyOwner owner, IdempotencyKey key) {
    return new Document("principal", owner.principal())
        .append("agency", owner.agency())
        .append("key", key.value());
  }

  private static KeyRecord toRecord(Document document) {
    Document response = document.get("response", Document.class);
    return new KeyRecord(
        document.getString("fingerprint"),
        document.getString("claimId"),
        document.getDate("claimedAt").toInstant(),
        document.getDate("expiresAt").toInstant(),
        Optional.ofNullable(response)
            .map(
                r ->
                    new StoredResponse(
                        r.getInteger("status"),
                        r.getString("contentType"),
                        r.getString("location"),
                        r.get("body", Binary.class).getData())));
  }
}

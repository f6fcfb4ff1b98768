package org.kaohe.survey.responses;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Each campaign's secret key, and respondents' keys hashed with it (HMAC-SHA256): a respondent key
 * is never stored in clear, and once the campaign's key is destroyed nobody can tell which stored
 * response belongs to a given person. The key lives outside the event store, because events are
 * never deleted and a key must be.
 */
public class RespondentKeys {
  private static final String ALGORITHM = "HmacSHA256";
  private final MongoCollection<Document> keys;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, CampaignKey> cache = new ConcurrentHashMap<>();

  /**
   * The campaign's key, and a MAC initialised with it that each hash copies: a copy is far cheaper
   * than the provider lookup and key setup of {@code Mac.getInstance} and {@code init}, which a
   * batch would otherwise repeat for every respondent.
   */
  private record CampaignKey(SecretKeySpec key, Mac initialised) {}

  public RespondentKeys(MongoCollection<Document> keys) {
    this.keys = keys;
  }

  /** Creates the campaign's key unless it exists; every instance then uses the stored one. */
  public void create(String campaignId) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    try {
      keys.insertOne(new Document("_id", campaignId).append("key", new Binary(secret)));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }

  /** The respondent's keyed hash in the campaign, if the campaign's key still exists. */
  public Optional<String> hash(String campaignId, String respondentKey) {
    return hash(key(campaignId), respondentKey);
  }

  /**
   * As {@link #hash}, with the key read from the store rather than this instance's cache: for an
   * erasure, which must fail once another instance destroyed the key.
   */
  public Optional<String> hashWithStoredKey(String campaignId, String respondentKey) {
    cache.remove(campaignId);
    return hash(campaignId, respondentKey);
  }

  private static Optional<String> hash(Optional<CampaignKey> campaignKey, String respondentKey) {
    return campaignKey.map(
        key -> {
          byte[] digest = copy(key).doFinal(respondentKey.getBytes(StandardCharsets.UTF_8));
          return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        });
  }

  private static Mac copy(CampaignKey key) {
    try {
      return (Mac) key.initialised().clone();
    } catch (CloneNotSupportedException providerCannotCopy) {
      return initialised(key.key());
    }
  }

  private static Mac initialised(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Deletes the campaign's key for good. */
  public void destroy(String campaignId) {
    keys.deleteOne(Filters.eq("_id", campaignId));
    cache.remove(campaignId);
  }

  private Optional<CampaignKey> key(String campaignId) {
    CampaignKey cached = cache.get(campaignId);
    if (cached != null) {
      return Optional.of(cached);
    }
    Document stored = keys.find(Filters.eq("_id", campaignId)).first();
    if (stored == null) {
      return Optional.empty();
    }
    SecretKeySpec key = new SecretKeySpec(stored.get("key", Binary.class).getData(), ALGORITHM);
    CampaignKey campaignKey = new CampaignKey(key, initialised(key));
    cache.put(campaignId, campaignKey);
    return Optional.of(campaignKey);
  }
}

package org.kaohe.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Tracking tokens of event processors, one document per (processor, segment). A segment is claimed
 * by one owner at a time; a claim not extended within {@code claimTimeout} may be taken over, so a
 * crashed node's segments are picked up by another.
 */
public class MongoTokenStore implements TokenStore {
  private static final String PROCESSOR = "processorName";
  private static final String SEGMENT = "segment";
  private static final String TOKEN = "token";
  private static final String TOKEN_TYPE = "tokenType";
  private static final String OWNER = "owner";
  private static final String CLAIMED_AT = "claimedAt";

  private final MongoCollection<Document> tokens;
  private final Serializer serializer;
  private final String owner;
  private final Clock clock;
  private final Duration claimTimeout;

  public MongoTokenStore(
      MongoDatabase database,
      Serializer serializer,
      String owner,
      Clock clock,
      Duration claimTimeout) {
    this.tokens = database.getCollection("trackingtokens");
    this.serializer = serializer;
    this.owner = owner;
    this.clock = clock;
    this.claimTimeout = claimTimeout;
  }

  @Override
  public void initializeTokenSegments(String processorName, int segmentCount) {
    initializeTokenSegments(processorName, segmentCount, null);
  }

  @Override
  public void initializeTokenSegments(
      String processorName, int segmentCount, TrackingToken initial) {
    if (fetchSegments(processorName).length > 0) {
      throw new UnableToClaimTokenException(
          "segments of processor " + processorName + " are already initialized");
    }
    for (int segment = 0; segment < segmentCount; segment++) {
      initializeSegment(initial, processorName, segment);
    }
  }

  @Override
  public void initializeSegment(TrackingToken token, String processorName, int segment) {
    try {
      tokens.insertOne(
          withToken(new Document("_id", id(processorName, segment)), token)
              .append(PROCESSOR, processorName)
              .append(SEGMENT, segment)
              .append(OWNER, null)
              .append(CLAIMED_AT, 0L));
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
        throw new UnableToInitializeTokenException(
            "segment " + segment + " of " + processorName + " already exists", e);
      }
      throw e;
    }
  }

  @Override
  public void storeToken(TrackingToken token, String processorName, int segment) {
    Document update =
        withToken(new Document(), token).append(OWNER, owner).append(CLAIMED_AT, now());
    long matched =
        tokens
            .updateOne(claimable(processorName, segment), new Document("$set", update))
            .getMatchedCount();
    if (matched == 0) {
      throw notClaimable(processorName, segment);
    }
  }

  @Override
  public TrackingToken fetchToken(String processorName, int segment) {
    Document claimed =
        tokens.findOneAndUpdate(
            claimable(processorName, segment),
            Updates.combine(Updates.set(OWNER, owner), Updates.set(CLAIMED_AT, now())));
    if (claimed == null) {
      throw notClaimable(processorName, segment);
    }
    return tokenOf(claimed);
  }

  @Override
  public void extendClaim(String processorName, int segment) {
    long matched =
        tokens
            .updateOne(ownedByMe(processorName, segment), Updates.set(CLAIMED_AT, now()))
            .getMatchedCount();
    if (matched == 0) {
      throw notClaimable(processorName, segment);
    }
  }

  @Override
  public void releaseClaim(String processorName, int segment) {
    tokens.updateOne(
        ownedByMe(processorName, segment),
        Updates.combine(Updates.set(OWNER, null), Updates.set(CLAIMED_AT, 0L)));
  }

  @Override
  public void deleteToken(String processorName, int segment) {
    if (tokens.deleteOne(ownedByMe(processorName, segment)).getDeletedCount() == 0) {
      throw notClaimable(processorName, segment);
    }
  }

  @Override
  public int[] fetchSegments(String processorName) {
    return tokens
        .find(Filters.eq(PROCESSOR, processorName))
        .projection(Projections.include(SEGMENT))
        .sort(Sorts.ascending(SEGMENT))
        .map(d -> d.getInteger(SEGMENT))
        .into(new ArrayList<>())
        .stream()
        .mapToInt(Integer::intValue)
        .toArray();
  }

  @Override
  public List<Segment> fetchAvailableSegments(String processorName) {
    int[] all = fetchSegments(processorName);
    List<Segment> available = new ArrayList<>();
    for (int segment : all) {
      if (tokens.countDocuments(claimable(processorName, segment)) > 0) {
        available.add(Segment.computeSegment(segment, all));
      }
    }
    return available;
  }

  private Bson claimable(String processorName, int segment) {
    return Filters.and(
        Filters.eq("_id", id(processorName, segment)),
        Filters.or(
            Filters.eq(OWNER, null),
            Filters.eq(OWNER, owner),
            Filters.lt(CLAIMED_AT, now() - claimTimeout.toMillis())));
  }

  private Bson ownedByMe(String processorName, int segment) {
    return Filters.and(Filters.eq("_id", id(processorName, segment)), Filters.eq(OWNER, owner));
  }

  private Document withToken(Document document, TrackingToken token) {
    if (token == null) {
      return document.append(TOKEN, null).append(TOKEN_TYPE, null);
    }
    SerializedObject<String> serialized = serializer.serialize(token, String.class);
    return document
        .append(TOKEN, serialized.getData())
        .append(TOKEN_TYPE, serialized.getType().getName());
  }

  private TrackingToken tokenOf(Document document) {
    String type = document.getString(TOKEN_TYPE);
    if (type == null) {
      return null;
    }
    return serializer.deserialize(
        new SimpleSerializedObject<>(document.getString(TOKEN), String.class, type, null));
  }

  private UnableToClaimTokenException notClaimable(String processorName, int segment) {
    return new UnableToClaimTokenException(
        "segment " + segment + " of " + processorName + " is missing or claimed by another owner");
  }

  private long now() {
    return clock.millis();
  }

  private static String id(String processorName, int segment) {
    return processorName + "/" + segment;
  }
}

package org.kaohe.platform.eventstore;

import static org.kaohe.platform.eventstore.EventDocuments.GLOBAL_INDEX;
import static org.kaohe.platform.eventstore.EventDocuments.ID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Global indices that were handed out but will never hold an event, recorded so that trackers need
 * not wait for them and the verifier does not take them for deleted events; and indices a writer
 * holds in reserve, not used yet.
 *
 * <p>One document per range. Given up: {@code {_id: first, last}} (a commit taken back). Reserved:
 * {@code {_id: "reserved/<first>", first, last, reservedBy, reservedAt}} while a writer holds it,
 * then {@code from} set and the holder removed, in one update, when the writer gives up its indices
 * from {@code from} on. A range never goes back from given up to reserved.
 */
final class AbandonedIndices {
  private static final String FIRST = "first";
  private static final String LAST = "last";
  private static final String FROM = "from";
  private static final String RESERVED_BY = "reservedBy";
  private static final String RESERVED_AT = "reservedAt";

  private final MongoCollection<Document> ranges;
  private final MongoCollection<Document> events;

  AbandonedIndices(MongoCollection<Document> ranges, MongoCollection<Document> events) {
    this.ranges = ranges;
    this.events = events;
  }

  void abandon(long first, long last) {
    ranges.insertOne(new Document(ID, first).append(LAST, last));
  }

  void reserve(long first, long last, String writer, Instant at) {
    ranges.insertOne(
        new Document(ID, reservationId(first))
            .append(FIRST, first)
            .append(LAST, last)
            .append(RESERVED_BY, writer)
            .append(RESERVED_AT, at.toString()));
  }

  /** Gives up the reserved range starting at {@code first} from {@code firstUnused} on. */
  void giveUp(long first, long firstUnused) {
    ranges.updateOne(
        Filters.eq(ID, reservationId(first)),
        Updates.combine(
            Updates.set(FROM, firstUnused),
            Updates.unset(RESERVED_BY),
            Updates.unset(RESERVED_AT)));
  }

  /** How many indices in [firstMissing, nextStored) were given up. */
  long givenUpBetween(long firstMissing, long nextStored) {
    long covered = 0;
    for (Document range : ranges.find(Filters.gte(LAST, firstMissing))) {
      if (!isReserved(range)) {
        long from = Math.max(start(range), firstMissing);
        covered += Math.max(0, Math.min(range.getLong(LAST), nextStored - 1) - from + 1);
      }
    }
    return covered;
  }

  /**
   * Indices given up, plus the unused indices of the ranges writers still hold: those above the
   * highest stored or given-up index of the range, since a writer uses its reserve in order.
   */
  long explained() {
    List<Document> all = ranges.find().into(new ArrayList<>());
    long count = 0;
    for (Document range : all) {
      long last = range.getLong(LAST);
      long from = isReserved(range) ? highestUsed(range, all) + 1 : start(range);
      count += Math.max(0, last - from + 1);
    }
    return count;
  }

  private long highestUsed(Document reserved, List<Document> all) {
    long first = reserved.getLong(FIRST);
    long last = reserved.getLong(LAST);
    Document stored =
        events
            .find(EventDocuments.globalIndexBetween(first, last))
            .sort(Sorts.descending(GLOBAL_INDEX))
            .limit(1)
            .first();
    long highest = stored == null ? first - 1 : stored.getLong(GLOBAL_INDEX);
    for (Document range : all) {
      long givenUpLast = range.getLong(LAST);
      if (!isReserved(range) && givenUpLast >= first && givenUpLast <= last) {
        highest = Math.max(highest, givenUpLast);
      }
    }
    return highest;
  }

  private static boolean isReserved(Document range) {
    return range.containsKey(RESERVED_BY);
  }

  private static long start(Document range) {
    Number from = range.get(FROM, Number.class);
    if (from != null) {
      return from.longValue();
    }
    Number first = range.get(FIRST, Number.class);
    return first != null ? first.longValue() : range.getLong(ID);
  }

  private static String reservationId(long first) {
    return "reserved/" + first;
  }
}

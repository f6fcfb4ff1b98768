package org.kaohe.results.inputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.kaohe.events.EventJson;

/**
 * Inputs in MongoDB, one document per subject and year, its inputs as JSON beside the fields a peer
 * group is found by.
 */
public final class MongoInputs implements InputsRepository {
  private final MongoCollection<Document> inputs;

  public MongoInputs(MongoCollection<Document> inputs) {
    this.inputs = inputs;
  }

  @Override
  public Optional<SubjectInputs> find(String key) {
    return Optional.ofNullable(inputs.find(Filters.eq("_id", key)).first()).map(MongoInputs::read);
  }

  @Override
  public void save(SubjectInputs subject) {
    inputs.replaceOne(
        Filters.eq("_id", subject.key()), document(subject), new ReplaceOptions().upsert(true));
  }

  /** In one bulk write, whatever the number of subjects. */
  @Override
  public void saveAll(Collection<SubjectInputs> subjects) {
    if (subjects.isEmpty()) {
      return;
    }
    List<ReplaceOneModel<Document>> writes = new ArrayList<>(subjects.size());
    for (SubjectInputs subject : subjects) {
      writes.add(
          new ReplaceOneModel<>(
              Filters.eq("_id", subject.key()),
              document(subject),
              new ReplaceOptions().upsert(true)));
    }
    inputs.bulkWrite(writes, new BulkWriteOptions().ordered(false));
  }

  private static Document document(SubjectInputs subject) {
    try {
      return new Document("_id", subject.key())
          .append("peerGroup", subject.peerGroup())
          .append("year", subject.year())
          .append("data", EventJson.mapper().writeValueAsString(subject));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * By primary key: MongoDB answers {@code _id $in} from its primary index on any server, while a
   * filter on {@code peerGroup} needs a secondary index, which the in-process server ignores (it
   * scans every stored subject). Callers know a group's members from the reference data.
   */
  @Override
  public List<SubjectInputs> findAll(Collection<String> keys) {
    List<SubjectInputs> members = new ArrayList<>();
    inputs
        .find(Filters.in("_id", keys))
        .sort(Sorts.ascending("_id"))
        .forEach(document -> members.add(read(document)));
    return members;
  }

  @Override
  public java.util.Set<String> peerGroupsOf(String kind, int year) {
    java.util.Set<String> groups = new java.util.TreeSet<>();
    inputs
        .find(Filters.and(Filters.eq("year", year), Filters.regex("_id", "^" + kind + ":")))
        .projection(com.mongodb.client.model.Projections.include("peerGroup"))
        .forEach(document -> groups.add(document.getString("peerGroup")));
    return groups;
  }

  private static SubjectInputs read(Document document) {
    try {
      return EventJson.mapper().readValue(document.getString("data"), SubjectInputs.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

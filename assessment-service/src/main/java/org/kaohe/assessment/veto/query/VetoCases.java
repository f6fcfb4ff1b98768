package org.kaohe.assessment.veto.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kaohe.assessment.veto.domain.VetoStatus;
import org.kaohe.assessment.veto.query.VetoCaseView.Step;

/** Reads the veto cases the projection keeps. Blocking: call it off the event loop. */
public class VetoCases {
  private final MongoCollection<Document> cases;

  public VetoCases(MongoCollection<Document> cases) {
    this.cases = cases;
  }

  public Optional<VetoCaseView> find(String vetoId) {
    return Optional.ofNullable(cases.find(Filters.eq("_id", vetoId)).first()).map(VetoCases::view);
  }

  /** By unit, year and item; {@code unitCode} and {@code year} narrow it when given. */
  public List<VetoCaseView> list(String unitCode, Integer year) {
    List<Bson> filters = new ArrayList<>();
    if (unitCode != null) {
      filters.add(Filters.eq(VetoCaseDocument.UNIT_CODE, unitCode));
    }
    if (year != null) {
      filters.add(Filters.eq(VetoCaseDocument.YEAR, year));
    }
    return cases
        .find(filters.isEmpty() ? new Document() : Filters.and(filters))
        .sort(
            Sorts.ascending(
                VetoCaseDocument.UNIT_CODE, VetoCaseDocument.YEAR, VetoCaseDocument.ITEM_CODE))
        .map(VetoCases::view)
        .into(new ArrayList<>());
  }

  private static VetoCaseView view(Document document) {
    List<Step> history =
        document.getList(VetoCaseDocument.STEPS, Document.class).stream()
            .map(VetoCases::step)
            .toList();
    int proposal = lastProposal(history);
    return new VetoCaseView(
        document.getString("_id"),
        document.getString(VetoCaseDocument.UNIT_CODE),
        document.getInteger(VetoCaseDocument.YEAR),
        document.getString(VetoCaseDocument.ITEM_CODE),
        document.getString(VetoCaseDocument.COMPETENT_DEPARTMENT),
        VetoStatus.valueOf(document.getString(VetoCaseDocument.STATUS)),
        history.get(proposal),
        proposal + 1 < history.size() ? history.get(proposal + 1) : null,
        history);
  }

  private static int lastProposal(List<Step> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).step() == VetoStatus.PROPOSED) {
        return i;
      }
    }
    throw new IllegalStateException("a veto case without a proposal");
  }

  private static Step step(Document step) {
    return new Step(
        VetoStatus.valueOf(step.getString(VetoCaseDocument.STEP)),
        step.getString(VetoCaseDocument.BY),
        step.getString(VetoCaseDocument.AGENCY),
        Instant.parse(step.getString(VetoCaseDocument.AT)),
        step.getString(VetoCaseDocument.GROUNDS),
        step.getString(VetoCaseDocument.OPINION),
        step.getString(VetoCaseDocument.REASON));
  }
}

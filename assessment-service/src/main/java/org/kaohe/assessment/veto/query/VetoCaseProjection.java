package org.kaohe.assessment.veto.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.kaohe.assessment.readmodel.SequencedDocuments;
import org.kaohe.assessment.veto.domain.VetoStatus;
import org.kaohe.events.assessment.VetoConfirmedEvent;
import org.kaohe.events.assessment.VetoProposedEvent;
import org.kaohe.events.assessment.VetoRejectedEvent;
import org.kaohe.events.ids.AgencyCode;

/**
 * Keeps each veto case's status and every step taken on it, one document per case. Applying an
 * event is idempotent (it only matches while the stored sequence is lower), so a redelivered event
 * changes nothing; a replay starts from an empty collection.
 */
@ProcessingGroup(VetoCaseProjection.PROCESSING_GROUP)
public class VetoCaseProjection {
  public static final String PROCESSING_GROUP = "veto-cases";
  private final SequencedDocuments cases;

  public VetoCaseProjection(MongoCollection<Document> cases) {
    this.cases = new SequencedDocuments(cases);
  }

  @EventHandler
  void on(VetoProposedEvent event, @SequenceNumber long sequence) {
    apply(
        event.vetoId().value(),
        sequence,
        VetoStatus.PROPOSED,
        step(VetoStatus.PROPOSED, event.proposedBy(), event.agency(), event.proposedAt())
            .append(VetoCaseDocument.GROUNDS, event.grounds()),
        Updates.set(VetoCaseDocument.UNIT_CODE, event.unitCode().value()),
        Updates.set(VetoCaseDocument.YEAR, event.year()),
        Updates.set(VetoCaseDocument.ITEM_CODE, event.itemCode().value()),
        Updates.set(VetoCaseDocument.COMPETENT_DEPARTMENT, event.competentDepartment().value()));
  }

  @EventHandler
  void on(VetoConfirmedEvent event, @SequenceNumber long sequence) {
    apply(
        event.vetoId().value(),
        sequence,
        VetoStatus.CONFIRMED,
        step(VetoStatus.CONFIRMED, event.decidedBy(), event.agency(), event.decidedAt())
            .append(VetoCaseDocument.OPINION, event.opinion()));
  }

  @EventHandler
  void on(VetoRejectedEvent event, @SequenceNumber long sequence) {
    apply(
        event.vetoId().value(),
        sequence,
        VetoStatus.REJECTED,
        step(VetoStatus.REJECTED, event.decidedBy(), event.agency(), event.decidedAt())
            .append(VetoCaseDocument.REASON, event.reason()));
  }

  @ResetHandler
  void reset() {
    cases.clear();
  }

  private static Document step(VetoStatus step, String by, AgencyCode agency, Instant at) {
    return new Document(VetoCaseDocument.STEP, step.name())
        .append(VetoCaseDocument.BY, by)
        .append(VetoCaseDocument.AGENCY, agency.value())
        .append(VetoCaseDocument.AT, at.toString());
  }

  private void apply(
      String vetoId, long sequence, VetoStatus status, Document step, Bson... caseFields) {
    List<Bson> updates = new ArrayList<>(List.of(caseFields));
    updates.add(Updates.set(VetoCaseDocument.STATUS, status.name()));
    updates.add(Updates.push(VetoCaseDocument.STEPS, step));
    cases.apply(vetoId, sequence, updates);
  }
}

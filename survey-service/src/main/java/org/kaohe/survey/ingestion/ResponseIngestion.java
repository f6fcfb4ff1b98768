package org.kaohe.survey.ingestion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;
import org.kaohe.platform.web.batch.BatchEntry;
import org.kaohe.survey.campaign.domain.CampaignRefused;
import org.kaohe.survey.campaign.domain.CampaignStatus;
import org.kaohe.survey.campaign.domain.RecordResponseBatchCommand;
import org.kaohe.survey.campaign.query.CampaignView;
import org.kaohe.survey.responses.RespondentKeys;
import org.kaohe.survey.responses.ResponseStore;
import org.kaohe.survey.responses.StoreOutcome;
import org.kaohe.survey.responses.StoredResponse;

/**
 * Takes a survey team's batch: checks every response on its own, stores those that pass in one bulk
 * write, and records the batch as an event of the campaign. Only then is the batch reported: what a
 * client was told is stored is in the audit trail, and a batch whose record was refused (the
 * campaign closed meanwhile) counts for nothing, so the client's retry is safe either way.
 */
public class ResponseIngestion {
  private final ResponseStore store;
  private final RespondentKeys keys;
  private final CommandGateway commands;
  private final Clock clock;

  public ResponseIngestion(
      ResponseStore store, RespondentKeys keys, CommandGateway commands, Clock clock) {
    this.store = store;
    this.keys = keys;
    this.commands = commands;
    this.clock = clock;
  }

  /**
   * @param recorded whether a batch id was recorded as an event of the campaign
   * @param metaData who sent the batch, for which agency, with which request id
   */
  public BatchReport ingest(
      CampaignView campaign,
      List<BatchEntry> entries,
      String principal,
      String team,
      MetaData metaData,
      java.util.function.Predicate<String> recorded) {
    if (campaign.status() != CampaignStatus.OPEN) {
      throw CampaignRefused.notOpen(campaign.campaignId(), campaign.status(), campaign.closedAt());
    }
    String batchId = UUID.randomUUID().toString();
    ResponseChecks checks = new ResponseChecks(campaign.definition(), team, clock.instant());
    LineResult[] results = new LineResult[entries.size()];
    List<Integer> positions = new ArrayList<>();
    List<StoredResponse> storable = new ArrayList<>();
    for (int index = 0; index < entries.size(); index++) {
      BatchEntry entry = entries.get(index);
      int line = entry.line() == null ? entry.number() : entry.line();
      if (entry.unreadable() != null) {
        results[index] = LineResult.refused(line, null, List.of(entry.unreadable()));
        continue;
      }
      if (entry.outOfBounds() != null) {
        results[index] =
            LineResult.refused(
                line,
                null,
                List.of(entry.outOfBounds().field() + ": " + entry.outOfBounds().message()));
        continue;
      }
      ResponseChecks.Result checked = checks.check(entry.json());
      if (checked.response() == null) {
        results[index] = LineResult.refused(line, checked.responseId(), checked.errors());
        continue;
      }
      CheckedResponse response = checked.response();
      String hash =
          keys.hash(campaign.campaignId(), response.respondentKey())
              .orElseThrow(
                  () ->
                      CampaignRefused.conflict(
                          "the respondent key of campaign "
                              + campaign.campaignId()
                              + " is destroyed; it takes no responses",
                          campaign.status()));
      positions.add(index);
      storable.add(
          new StoredResponse(
              campaign.campaignId(),
              response.unitCode(),
              response.responseId(),
              hash,
              response.channel(),
              response.collectedAt(),
              response.demographics(),
              response.answers(),
              response.partial(),
              response.counts()));
    }
    List<StoreOutcome> outcomes = store.store(batchId, storable, recorded);
    int stored = 0;
    int alreadyStored = 0;
    int duplicates = 0;
    int partials = 0;
    int takenIds = 0;
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < storable.size(); i++) {
      StoredResponse response = storable.get(i);
      StoreOutcome outcome = outcomes.get(i);
      int index = positions.get(i);
      BatchEntry entry = entries.get(index);
      int line = entry.line() == null ? entry.number() : entry.line();
      switch (outcome) {
        case STORED -> stored++;
        case ALREADY_STORED -> alreadyStored++;
        case DUPLICATE_RESPONDENT -> duplicates++;
        case RESPONSE_ID_TAKEN -> takenIds++;
      }
      if (outcome == StoreOutcome.RESPONSE_ID_TAKEN) {
        results[index] =
            LineResult.refused(
                line,
                response.responseId(),
                List.of(
                    "responseId: another respondent's response has this id in campaign "
                        + campaign.campaignId()));
        continue;
      }
      if (outcome == StoreOutcome.DUPLICATE_RESPONDENT) {
        results[index] =
            new LineResult(
                line,
                response.responseId(),
                outcome.name(),
                null,
                null,
                List.of(
                    "respondentKey: this respondent is already counted for unit "
                        + response.unitCode()));
        continue;
      }
      accepted.add(response.responseId());
      if (response.partial()) {
        partials++;
      }
      results[index] =
          new LineResult(
              line,
              response.responseId(),
              outcome.name(),
              response.partial(),
              response.counts(),
              null);
    }
    int refused = entries.size() - storable.size() + takenIds;
    commands.sendAndWait(
        new RecordResponseBatchCommand(
            new CampaignId(campaign.campaignId()),
            batchId,
            entries.size(),
            stored,
            alreadyStored,
            refused,
            duplicates,
            partials,
            digest(accepted),
            principal,
            new AgencyCode(team),
            clock.instant()),
        metaData);
    return new BatchReport(
        batchId,
        entries.size(),
        stored,
        alreadyStored,
        refused,
        duplicates,
        partials,
        List.of(results));
  }

  /** A survey team's export (the rows of a CSV or XLSX file) as the entries of a batch. */
  public List<BatchEntry> readRows(
      List<org.kaohe.platform.spreadsheet.RawRow> rows,
      org.kaohe.survey.campaign.domain.CampaignDefinition campaign,
      int maxItems) {
    return CsvResponses.read(rows, campaign, maxItems);
  }

  /** SHA-256 of the sorted ids, one per line: the same set of responses gives the same digest. */
  static String digest(List<String> responseIds) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      responseIds.stream()
          .sorted()
          .forEach(id -> sha256.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}

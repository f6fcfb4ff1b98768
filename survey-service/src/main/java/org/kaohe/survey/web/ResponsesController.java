package org.kaohe.survey.web;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.batch.BatchEntry;
import org.kaohe.platform.web.batch.BatchReader;
import org.kaohe.platform.web.batch.LimitedBody;
import org.kaohe.survey.campaign.query.CampaignView;
import org.kaohe.survey.campaign.query.CampaignViews;
import org.kaohe.survey.config.IngestionLimits;
import org.kaohe.survey.ingestion.BatchReport;
import org.kaohe.survey.ingestion.ResponseIngestion;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/survey/campaigns/{campaignId}/responses}: a survey team's batch, as NDJSON, a
 * JSON array or a CSV export. Every response is answered on its own; the batch is 200 unless it
 * cannot be read at all, is too large, or the campaign takes no responses (409, with when it
 * closed).
 */
@RestController
class ResponsesController {
  private final CampaignViews views;
  private final ResponseIngestion ingestion;
  private final BatchReader reader;
  private final SurveyCallers callers;
  private final IngestionLimits limits;
  private final CampaignController campaigns;

  ResponsesController(
      CampaignViews views,
      ResponseIngestion ingestion,
      BatchReader reader,
      SurveyCallers callers,
      IngestionLimits limits,
      CampaignController campaigns) {
    this.views = views;
    this.ingestion = ingestion;
    this.reader = reader;
    this.callers = callers;
    this.limits = limits;
    this.campaigns = campaigns;
  }

  @PostMapping(
      path = CampaignController.CAMPAIGNS + "/{campaignId}/responses",
      consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_NDJSON_VALUE, "text/csv"})
  Mono<BatchReport> ingest(
      @PathVariable String campaignId,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      ServerHttpRequest request,
      Caller caller) {
    MediaType type = request.getHeaders().getContentType();
    return LimitedBody.read(request.getBody(), limits.maxBytes(), "a batch of responses")
        .flatMap(
            body ->
                CampaignController.blocking(
                    () -> {
                      CampaignView campaign = campaigns.find(campaignId);
                      String team = callers.requireTeam(caller, campaign);
                      List<BatchEntry> entries = entries(type, body, campaign);
                      return ingestion.ingest(
                          campaign,
                          entries,
                          caller.principal(),
                          team,
                          SurveyMetaData.of(caller, requestId, null),
                          views::recorded);
                    }));
  }

  private List<BatchEntry> entries(MediaType type, byte[] body, CampaignView campaign) {
    if (MediaType.APPLICATION_NDJSON.isCompatibleWith(type)) {
      return reader.readLines(body);
    }
    if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
      return reader.readArray(body);
    }
    return ingestion.readCsv(utf8(body), campaign.definition(), limits.maxItems());
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a CSV batch must be UTF-8 text");
    }
  }
}

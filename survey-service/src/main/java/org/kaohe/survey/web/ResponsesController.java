package org.kaohe.survey.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.platform.spreadsheet.CsvSheet;
import org.kaohe.platform.spreadsheet.RawRow;
import org.kaohe.platform.spreadsheet.SheetFormat;
import org.kaohe.platform.spreadsheet.XlsxSheet;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.batch.BatchEntry;
import org.kaohe.platform.web.batch.BatchReader;
import org.kaohe.platform.web.batch.LimitedBody;
import org.kaohe.platform.web.problem.InvalidFields;
import org.kaohe.platform.web.validation.FreeTextRule;
import org.kaohe.survey.campaign.query.CampaignView;
import org.kaohe.survey.campaign.query.CampaignViews;
import org.kaohe.survey.config.IngestionLimits;
import org.kaohe.survey.ingestion.BatchReport;
import org.kaohe.survey.ingestion.ResponseIngestion;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/survey/campaigns/{campaignId}/responses}: a survey team's batch, as NDJSON, a
 * JSON array or a CSV export; {@code …/uploads}: the export as an uploaded CSV or XLSX file. Every
 * response is answered on its own; the batch is 200 unless it cannot be read at all, is too large,
 * or the campaign takes no responses (409, with when it closed).
 */
@RestController
class ResponsesController {
  private final CampaignViews views;
  private final ResponseIngestion ingestion;
  private final BatchReader reader;
  private final SurveyCallers callers;
  private final IngestionLimits limits;
  private final CampaignController campaigns;
  private final XlsxSheet workbooks;

  ResponsesController(
      CampaignViews views,
      ResponseIngestion ingestion,
      BatchReader reader,
      SurveyCallers callers,
      IngestionLimits limits,
      CampaignController campaigns,
      XlsxSheet workbooks) {
    this.views = views;
    this.ingestion = ingestion;
    this.reader = reader;
    this.callers = callers;
    this.limits = limits;
    this.campaigns = campaigns;
    this.workbooks = workbooks;
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
    return ingestion.readRows(CsvSheet.read(body), campaign.definition(), limits.maxItems());
  }

  /**
   * {@code POST /api/survey/campaigns/{campaignId}/uploads}: the team's export as a file (CSV or
   * XLSX, told by its first bytes), spooled to a temporary file as it arrives and read from there,
   * a workbook one part at a time. Answered like a batch, each row by its row number.
   */
  @PostMapping(
      path = CampaignController.CAMPAIGNS + "/{campaignId}/uploads",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Mono<BatchReport> upload(
      @PathVariable String campaignId,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      @RequestPart("file") Part file,
      Caller caller) {
    String filename = file instanceof FilePart upload ? upload.filename() : null;
    if (filename != null) {
      FreeTextRule.nameViolation(filename, 200)
          .ifPresent(
              violation -> {
                throw new InvalidFields("file", "the file's name " + violation);
              });
    }
    Flux<DataBuffer> content =
        LimitedBody.limit(file.content(), limits.maxBytes(), "an uploaded file");
    return Mono.usingWhen(
        CampaignController.blocking(() -> Files.createTempFile("kaohe-survey-upload-", ".part")),
        spooled ->
            DataBufferUtils.write(content, spooled)
                .then(
                    CampaignController.blocking(
                        () -> {
                          CampaignView campaign = campaigns.find(campaignId);
                          String team = callers.requireTeam(caller, campaign);
                          List<BatchEntry> entries =
                              ingestion.readRows(
                                  rows(spooled, filename),
                                  campaign.definition(),
                                  limits.maxItems());
                          return ingestion.ingest(
                              campaign,
                              entries,
                              caller.principal(),
                              team,
                              SurveyMetaData.of(caller, requestId, null),
                              views::recorded);
                        })),
        spooled -> CampaignController.blocking(() -> Files.deleteIfExists(spooled)));
  }

  private List<RawRow> rows(Path spooled, String filename) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(spooled)) {
      head = in.readNBytes(SheetFormat.HEAD_BYTES);
    }
    if (SheetFormat.detect(head, filename) == SheetFormat.XLSX) {
      return workbooks.read(spooled.toFile());
    }
    byte[] content = Files.readAllBytes(spooled);
    SheetFormat.detect(content, filename);
    return CsvSheet.read(content);
  }
}

package org.kaohe.assessment.submission.web;

import java.util.List;
import org.kaohe.assessment.reference.ReferenceQueries;
import org.kaohe.assessment.round.web.SubmittingAgency;
import org.kaohe.assessment.submission.LimitedBody;
import org.kaohe.assessment.submission.RoundOrderedRecording;
import org.kaohe.assessment.submission.UploadLimits;
import org.kaohe.assessment.submission.sheet.CsvSheet;
import org.kaohe.assessment.submission.sheet.RawRow;
import org.kaohe.assessment.submission.sheet.SheetFormat;
import org.kaohe.assessment.submission.sheet.SheetRow;
import org.kaohe.assessment.submission.sheet.SheetRows;
import org.kaohe.assessment.submission.sheet.UploadReport;
import org.kaohe.assessment.submission.sheet.UploadedSheet;
import org.kaohe.assessment.submission.sheet.XlsxSheet;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.problem.InvalidFields;
import org.kaohe.platform.web.validation.FreeTextRule;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Agencies upload a filled-in template (XLSX or CSV): every filled row is recorded on its own like
 * a batch item, and the answer reports each by its row number and column.
 */
@RestController
class UploadController {
  private static final int MAX_SOURCE_LENGTH = 80;

  private final ReferenceQueries queries;
  private final SheetRows sheetRows;
  private final RoundOrderedRecording recording;
  private final UploadLimits limits;

  UploadController(
      ReferenceQueries queries,
      SheetRows sheetRows,
      RoundOrderedRecording recording,
      UploadLimits limits) {
    this.queries = queries;
    this.sheetRows = sheetRows;
    this.recording = recording;
    this.limits = limits;
  }

  @PostMapping(path = "/api/assessment/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Mono<UploadReport> upload(
      @RequestParam(required = false) String year, @RequestPart("file") Part file, Caller caller) {
    String agency = SubmittingAgency.of(caller);
    int round = queries.catalogue(year).year();
    String filename = file instanceof FilePart upload ? upload.filename() : null;
    String source = source(filename);
    return LimitedBody.read(file.content(), limits.maxBytes(), "an uploaded file")
        .publishOn(Schedulers.boundedElastic())
        .map(content -> sheetRows.read(rows(content, filename), round, source))
        .flatMap(sheet -> record(sheet, caller.principal(), agency));
  }

  private Mono<UploadReport> record(UploadedSheet sheet, String principal, String agency) {
    return recording
        .record(sheet.filled().stream().map(SheetRow::prepared).toList(), principal, agency)
        .map(outcomes -> UploadReport.of(sheet, outcomes));
  }

  private static List<RawRow> rows(byte[] content, String filename) {
    return switch (SheetFormat.detect(content, filename)) {
      case XLSX -> XlsxSheet.read(content);
      case CSV -> CsvSheet.read(content);
    };
  }

  /**
   * Names the upload in each row's request id, e.g. {@code scores.xlsx row 7}: the file's name as
   * given, refused rather than shortened or cleaned when it is not {@code FreeText}.
   *
   * @throws InvalidFields naming the {@code file} part
   */
  private static String source(String filename) {
    if (filename == null || filename.isBlank()) {
      return "upload";
    }
    FreeTextRule.violation(filename, MAX_SOURCE_LENGTH)
        .ifPresent(
            violation -> {
              throw new InvalidFields("file", "the file's name " + violation);
            });
    return filename;
  }
}

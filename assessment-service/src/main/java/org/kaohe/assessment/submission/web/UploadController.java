package org.kaohe.assessment.submission.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kaohe.assessment.reference.ReferenceQueries;
import org.kaohe.assessment.round.web.SubmittingAgency;
import org.kaohe.assessment.submission.RoundOrderedRecording;
import org.kaohe.assessment.submission.UploadLimits;
import org.kaohe.assessment.submission.sheet.SheetRow;
import org.kaohe.assessment.submission.sheet.SheetRows;
import org.kaohe.assessment.submission.sheet.UploadReport;
import org.kaohe.assessment.submission.sheet.UploadedSheet;
import org.kaohe.platform.spreadsheet.CsvSheet;
import org.kaohe.platform.spreadsheet.RawRow;
import org.kaohe.platform.spreadsheet.SheetFormat;
import org.kaohe.platform.spreadsheet.XlsxSheet;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.batch.LimitedBody;
import org.kaohe.platform.web.problem.InvalidFields;
import org.kaohe.platform.web.validation.FreeTextRule;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Agencies upload a filled-in template (XLSX or CSV): every filled row is recorded on its own like
 * a batch item, and the answer reports each by its row number and column.
 */
@RestController
class UploadController {
  private static final int MAX_SOURCE_LENGTH = 80;
  private static final String UPLOAD = "an uploaded file";

  private final ReferenceQueries queries;
  private final SheetRows sheetRows;
  private final RoundOrderedRecording recording;
  private final UploadLimits limits;
  private final XlsxSheet xlsx;

  UploadController(
      ReferenceQueries queries,
      SheetRows sheetRows,
      RoundOrderedRecording recording,
      UploadLimits limits,
      XlsxSheet xlsx) {
    this.queries = queries;
    this.sheetRows = sheetRows;
    this.recording = recording;
    this.limits = limits;
    this.xlsx = xlsx;
  }

  /**
   * The file goes to a temporary file as it arrives, never whole into memory, and is read from
   * there: a workbook one part at a time, a CSV file (at most the upload limit) whole.
   */
  @PostMapping(path = "/api/assessment/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Mono<UploadReport> upload(
      @RequestParam(required = false) String year, @RequestPart("file") Part file, Caller caller) {
    String agency = SubmittingAgency.of(caller);
    int round = queries.catalogue(year).year();
    String filename = file instanceof FilePart upload ? upload.filename() : null;
    String source = source(filename);
    Flux<DataBuffer> content = LimitedBody.limit(file.content(), limits.maxBytes(), UPLOAD);
    return Mono.usingWhen(
            blocking(() -> Files.createTempFile("kaohe-upload-", ".part")),
            spooled ->
                DataBufferUtils.write(content, spooled)
                    .then(blocking(() -> sheetRows.read(rows(spooled, filename), round, source))),
            spooled -> blocking(() -> Files.deleteIfExists(spooled)))
        .flatMap(sheet -> record(sheet, caller.principal(), agency));
  }

  private Mono<UploadReport> record(UploadedSheet sheet, String principal, String agency) {
    return recording
        .record(sheet.filled().stream().map(SheetRow::prepared).toList(), principal, agency)
        .map(outcomes -> UploadReport.of(sheet, outcomes));
  }

  private List<RawRow> rows(Path spooled, String filename) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(spooled)) {
      head = in.readNBytes(SheetFormat.HEAD_BYTES);
    }
    if (SheetFormat.detect(head, filename) == SheetFormat.XLSX) {
      return xlsx.read(spooled.toFile());
    }
    byte[] content = Files.readAllBytes(spooled);
    SheetFormat.detect(content, filename);
    return CsvSheet.read(content);
  }

  private static <T> Mono<T> blocking(Callable<T> call) {
    return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
  }

  /**
   * Names the upload in each row's request id, e.g. {@code scores.xlsx row 7}: the file's name as
   * given, refused rather than shortened or cleaned when it breaks {@link
   * FreeTextRule#nameViolation the rule for names}.
   *
   * @throws InvalidFields naming the {@code file} part
   */
  private static String source(String filename) {
    if (filename == null || filename.isEmpty()) {
      return "upload";
    }
    FreeTextRule.nameViolation(filename, MAX_SOURCE_LENGTH)
        .ifPresent(
            violation -> {
              throw new InvalidFields("file", "the file's name " + violation);
            });
    return filename;
  }
}

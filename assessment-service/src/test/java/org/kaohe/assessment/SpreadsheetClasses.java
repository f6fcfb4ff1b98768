package org.kaohe.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Loads the workbook classes once per test JVM, before a test times a request that needs them. The
 * first workbook a JVM writes or reads loads thousands of POI and XMLBeans classes, which on a
 * loaded two-core machine takes longer than a client's response timeout; the service runs in the
 * tests' JVM, so it finds them loaded, and the timeout keeps measuring the service's own work.
 */
final class SpreadsheetClasses {
  private SpreadsheetClasses() {}

  static void load() {
    Loaded.WORKBOOK_BYTES.hashCode();
  }

  private static final class Loaded {
    static final byte[] WORKBOOK_BYTES = writeAndReadBack();

    private static byte[] writeAndReadBack() {
      try (XSSFWorkbook written = new XSSFWorkbook();
          ByteArrayOutputStream file = new ByteArrayOutputStream()) {
        written.createSheet().createRow(0).createCell(0).setCellValue("loaded");
        written.write(file);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
          read.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
        }
        return file.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

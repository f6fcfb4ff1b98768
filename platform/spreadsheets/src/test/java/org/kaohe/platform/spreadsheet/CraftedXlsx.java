package org.kaohe.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * XLSX files written part by part, as a program other than a spreadsheet may write them: a sheet's
 * XML exactly as given, formulas without results, parts far larger than their compressed size.
 */
public final class CraftedXlsx {
  /** The limits the services ship with: 20,000 rows, 64 columns, 20 MB unzipped, 100 times. */
  public static final XlsxLimits LIMITS = new XlsxLimits(20_000, 64, 20L * 1024 * 1024, 100);

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOCUMENT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String SPREADSHEET =
      "application/vnd.openxmlformats-officedocument.spreadsheetml";

  /** Writes the part's content into the zip entry, as much of it as it likes. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private CraftedXlsx() {}

  /** A workbook of one sheet whose {@code <sheetData>} holds {@code rows}. */
  public static Path withRows(Path dir, String rows) {
    return write(dir, out -> out.write(bytes(rows)), null);
  }

  /**
   * @param rows writes what goes inside {@code <sheetData>}
   * @param sharedStrings writes what goes inside {@code <sst>}, or null for a workbook without
   */
  public static Path write(Path dir, Content rows, Content sharedStrings) {
    Path file = dir.resolve("crafted-" + System.nanoTime() + ".xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      part(
          zip,
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + override("/xl/workbook.xml", SPREADSHEET + ".sheet.main+xml")
              + override("/xl/worksheets/sheet1.xml", SPREADSHEET + ".worksheet+xml")
              + (sharedStrings == null
                  ? ""
                  : override("/xl/sharedStrings.xml", SPREADSHEET + ".sharedStrings+xml"))
              + "</Types>");
      part(
          zip,
          "_rels/.rels",
          relationships(relationship("rId1", "officeDocument", "xl/workbook.xml")));
      part(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\""
              + MAIN
              + "\" xmlns:r=\""
              + DOCUMENT
              + "\"><sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
              + "</workbook>");
      part(
          zip,
          "xl/_rels/workbook.xml.rels",
          relationships(
              relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                  + (sharedStrings == null
                      ? ""
                      : relationship("rId2", "sharedStrings", "sharedStrings.xml"))));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(bytes("<worksheet xmlns=\"" + MAIN + "\"><sheetData>"));
      rows.writeTo(zip);
      zip.write(bytes("</sheetData></worksheet>"));
      zip.closeEntry();
      if (sharedStrings != null) {
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        zip.write(bytes("<sst xmlns=\"" + MAIN + "\">"));
        sharedStrings.writeTo(zip);
        zip.write(bytes("</sst>"));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  public static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void part(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes(content));
    zip.closeEntry();
  }

  private static String override(String part, String contentType) {
    return "<Override PartName=\"" + part + "\" ContentType=\"" + contentType + "\"/>";
  }

  private static String relationships(String content) {
    return "<Relationships xmlns=\"" + RELATIONSHIPS + "\">" + content + "</Relationships>";
  }

  private static String relationship(String id, String type, String target) {
    return "<Relationship Id=\""
        + id
        + "\" Type=\""
        + DOCUMENT
        + "/"
        + type
        + "\" Target=\""
        + target
        + "\"/>";
  }
}

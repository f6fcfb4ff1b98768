package org.kaohe.platform.spreadsheet;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX workbook as text, streaming its XML rather than building the
 * workbook in memory: numbers as the plain decimal they hold (a code typed as a number reads as its
 * digits), formulas as the result the file saved with them. A formula saved without a result (a
 * file written by a program that does not calculate) is a cell whose value the file does not hold:
 * the row says so instead of reading it as empty or zero.
 *
 * <p>What a file may make the service hold is bounded by {@link XlsxLimits}: rows, columns, the
 * bytes the sheet and its shared strings unzip to, and, through POI's {@link ZipSecureFile}, the
 * size and expansion of every part POI itself unzips. POI's limits are JVM-wide; this service opens
 * workbooks nowhere else.
 */
public final class XlsxSheet {
  private static final String BOMB = "Zip bomb detected!";
  private static final String RATIO = "max. ratio";

  private final XlsxLimits limits;

  public XlsxSheet(XlsxLimits limits) {
    this.limits = limits;
    ZipSecureFile.setMaxEntrySize(limits.maxExpandedBytes());
    ZipSecureFile.setMinInflateRatio(1.0 / limits.maxExpansion());
  }

  /**
   * @param file the workbook, read in place: POI unzips its parts one at a time from the file
   * @throws SheetRejected when the file is not a readable workbook
   * @throws SheetTooLarge when it goes beyond a limit
   */
  public List<RawRow> read(File file) {
    try (ZipSecureFile zip = new ZipSecureFile(file)) {
      // Opened from the zip's directory, never by POI's fallback that unzips every part into
      // memory when the directory is unreadable; read-only, so it is reverted rather than saved.
      OPCPackage workbook = OPCPackage.open(new ZipFileZipEntrySource(zip));
      try {
        return firstSheet(workbook);
      } finally {
        workbook.revert();
      }
    } catch (IOException
        | SAXException
        | ParserConfigurationException
        | OpenXML4JException
        | RuntimeException unreadable) {
      throw refusal(unreadable);
    }
  }

  private List<RawRow> firstSheet(OPCPackage workbook)
      throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
    XSSFReader reader = new XSSFReader(workbook);
    Expansion expansion = new Expansion();
    Iterator<InputStream> sheets = reader.getSheetsData();
    if (!sheets.hasNext()) {
      return List.of();
    }
    SharedStrings strings = sharedStrings(workbook, expansion);
    try (InputStream sheet = expansion.counted(sheets.next())) {
      Rows rows = new Rows(strings);
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(rows);
      xml.parse(new InputSource(sheet));
      return rows.read;
    }
  }

  private SharedStrings sharedStrings(OPCPackage workbook, Expansion expansion)
      throws IOException, SAXException {
    List<PackagePart> parts =
        workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new ReadOnlySharedStringsTable(InputStream.nullInputStream());
    }
    try (InputStream in = expansion.counted(parts.get(0).getInputStream())) {
      return new ReadOnlySharedStringsTable(in, false);
    }
  }

  private RuntimeException refusal(Exception failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SheetTooLarge tooLarge) {
        return tooLarge;
      }
      if (cause instanceof SheetRejected rejected) {
        return rejected;
      }
      String message = cause.getMessage();
      if (cause instanceof IOException && message != null && message.startsWith(BOMB)) {
        return message.contains(RATIO) ? tooExpanded() : tooLarge();
      }
    }
    return new SheetRejected(
        "the file is not a readable XLSX workbook: save it from a spreadsheet program as"
            + " .xlsx (Excel workbook) or as CSV UTF-8");
  }

  private SheetTooLarge tooLarge() {
    return new SheetTooLarge(
        "the uploaded workbook unzips to more than "
            + limits.maxExpandedBytes()
            + " bytes; a workbook may unzip to at most "
            + limits.maxExpandedBytes()
            + " bytes",
        "maxExpandedBytes",
        limits.maxExpandedBytes());
  }

  private SheetTooLarge tooExpanded() {
    return new SheetTooLarge(
        "the uploaded workbook expands more than "
            + limits.maxExpansion()
            + " times when unzipped, as a zip bomb does; a part of a workbook may expand at most "
            + limits.maxExpansion()
            + " times",
        "maxExpansion",
        limits.maxExpansion());
  }

  /** The shortest decimal that is this double, e.g. 87.5, not 87.50000000000001 or 8.75E1. */
  static String plain(double number) {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      return String.valueOf(number);
    }
    return new BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
  }

  /** Counts the bytes unzipped from the parts read here, together, against one limit. */
  private final class Expansion {
    private long bytes;

    InputStream counted(InputStream part) {
      return new FilterInputStream(part) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            add(1);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          if (n > 0) {
            add(n);
          }
          return n;
        }
      };
    }

    private void add(int n) {
      bytes += n;
      if (bytes > limits.maxExpandedBytes()) {
        throw tooLarge();
      }
    }
  }

  /**
   * The rows of a sheet's XML ({@code <row><c r t><f/><v/><is><t/></is></c></row>}), each as far as
   * its last cell holding a value; cells without a value (formatting only) are not read.
   */
  private final class Rows extends DefaultHandler {
    private final SharedStrings strings;
    private final List<RawRow> read = new ArrayList<>();
    private int rowNumber;
    private List<String> cells;
    private Set<Integer> unheld;
    private int column;
    private String type;
    private boolean formula;
    private boolean holdsValue;
    private StringBuilder text;
    private boolean inPhonetic;

    Rows(SharedStrings strings) {
      this.strings = strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "row" -> startRow(attributes.getValue("r"));
        case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
        case "f" -> formula = true;
        case "v", "is" -> {
          holdsValue = true;
          text = new StringBuilder();
        }
        case "rPh" -> inPhonetic = true;
        default -> {}
      }
    }

    @Override
    public void characters(char[] chars, int start, int length) {
      if (text != null && !inPhonetic) {
        text.append(chars, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "c" -> endCell();
        case "row" -> endRow();
        case "rPh" -> inPhonetic = false;
        default -> {}
      }
    }

    private void startRow(String number) {
      if (read.size() == limits.maxRows()) {
        throw new SheetTooLarge(
            "the uploaded sheet has more than "
                + limits.maxRows()
                + " rows; a sheet may hold at most "
                + limits.maxRows()
                + " rows",
            "maxRows",
            limits.maxRows());
      }
      rowNumber = number == null ? rowNumber + 1 : Integer.parseInt(number);
      cells = new ArrayList<>();
      unheld = new HashSet<>();
      column = -1;
    }

    private void startCell(String reference, String cellType) {
      column = reference == null ? column + 1 : new CellReference(reference).getCol();
      type = cellType == null ? "n" : cellType;
      formula = false;
      holdsValue = false;
      text = null;
    }

    private void endCell() {
      if (!holdsValue && !formula) {
        return;
      }
      if (column >= limits.maxColumns()) {
        throw new SheetTooLarge(
            "row "
                + rowNumber
                + " of the uploaded sheet has a value in column "
                + CellReference.convertNumToColString(column)
                + "; a sheet may hold values in at most "
                + limits.maxColumns()
                + " columns",
            "maxColumns",
            limits.maxColumns());
      }
      while (cells.size() <= column) {
        cells.add("");
      }
      if (holdsValue) {
        cells.set(column, value(text.toString()));
      } else {
        unheld.add(column);
      }
      text = null;
    }

    private void endRow() {
      read.add(new RawRow(rowNumber, cells, unheld));
    }

    private String value(String raw) {
      return switch (type) {
        case "s" -> sharedString(raw);
        case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
        case "n" -> number(raw);
        default -> raw; // inlineStr, str (a formula's text), e (#DIV/0!), d (an ISO date)
      };
    }

    private String sharedString(String index) {
      try {
        return strings.getItemAt(Integer.parseInt(index.strip())).getString();
      } catch (RuntimeException outOfTable) {
        throw new SheetRejected(
            "row "
                + rowNumber
                + " of the uploaded sheet refers to text the file does not hold: save it again"
                + " from a spreadsheet program as .xlsx (Excel workbook) or as CSV UTF-8");
      }
    }

    private static String number(String raw) {
      try {
        return plain(Double.parseDouble(raw.strip()));
      } catch (NumberFormatException notANumber) {
        return raw;
      }
    }
  }
}

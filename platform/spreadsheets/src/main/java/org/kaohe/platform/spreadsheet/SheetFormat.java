package org.kaohe.platform.spreadsheet;

import java.util.Locale;

/** The two spreadsheet files agencies upload, told apart by their content first, then name. */
public enum SheetFormat {
  CSV,
  XLSX;

  /** The bytes at the start of a file that tell an XLSX file from others. */
  public static final int HEAD_BYTES = 4;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /**
   * @param content the whole file, or its first {@link #HEAD_BYTES} bytes to tell XLSX from others
   * @param filename as uploaded, or null
   * @throws SheetRejected for an old binary workbook or a file that is not text
   */
  public static SheetFormat detect(byte[] content, String filename) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (startsWith(content, ZIP) || name.endsWith(".xlsx")) {
      return XLSX;
    }
    if (startsWith(content, OLE2) || name.endsWith(".xls")) {
      throw new SheetRejected(
          "the file is an Excel 97-2003 workbook (.xls), which is not read: save it as .xlsx"
              + " (Excel workbook) or as CSV UTF-8");
    }
    for (byte b : content) {
      if (b == 0) {
        throw new SheetRejected(
            "the file is neither CSV nor XLSX: upload the template as .xlsx or as CSV UTF-8");
      }
    }
    return CSV;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}

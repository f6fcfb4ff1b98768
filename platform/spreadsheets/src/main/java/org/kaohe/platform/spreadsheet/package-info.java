/**
 * Uploaded spreadsheets read as rows of text: a CSV file (quoted fields may hold commas, quotes and
 * line breaks) or the first sheet of an XLSX workbook, streamed with POI within limits on rows,
 * columns and unzipped size; the format told by the file's first bytes; CSV written so that no
 * spreadsheet program runs a cell as a formula; and the problems of a file refused whole.
 */
package org.kaohe.platform.spreadsheet;

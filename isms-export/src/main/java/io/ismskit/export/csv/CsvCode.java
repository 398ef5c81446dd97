package io.ismskit.export.csv;

import io.ismskit.core.base.ProblemCode;

/** The codes of the problems the CSV importer reports. */
public enum CsvCode implements ProblemCode {
  /** The text is not well-formed CSV (an unclosed quote, for example). */
  SYNTAX("csv.syntax"),
  /** The text has no header row. */
  EMPTY("csv.header.missing"),
  /** A required column is missing from the header. */
  MISSING_COLUMN("csv.column.missing"),
  /** A column of the header is not one the importer knows (or appears twice). */
  UNKNOWN_COLUMN("csv.column.unknown"),
  /** A row has more cells than the header. */
  ROW_WIDTH("csv.row.width"),
  /** A required cell is empty. */
  REQUIRED("csv.cell.required"),
  /** A cell cannot be read as what its column holds (a date, a number, an id, a known word). */
  MALFORMED("csv.cell.malformed"),
  /** Two rows have the same id. */
  DUPLICATE("csv.row.duplicate"),
  /** The cells are fine on their own, but the model refuses the entity they describe. */
  REFUSED("csv.row.refused"),
  /** The text has more rows than {@link Csv#MAX_ROWS}. */
  TOO_MANY_ROWS("csv.rows.too-many");

  private final String key;

  CsvCode(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}

package io.ismskit.export.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A CSV table read with Jackson: a header and rows of cells, with the problems found reading it. */
final class Table {
  static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  final String entityType;
  final Map<String, Integer> columns = new HashMap<>();
  final List<String> header = new ArrayList<>();
  final List<String[]> rows = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  private Table(String entityType) {
    this.entityType = entityType;
  }

  /** Writes rows as RFC 4180 CSV (CRLF line ends), every cell neutralised. */
  static void write(Writer out, List<String> header, Iterable<String[]> rows) throws IOException {
    try (var w = MAPPER.writer(SCHEMA).writeValues(new NonClosing(out))) {
      w.write(header.toArray(String[]::new));
      for (String[] row : rows) {
        String[] safe = new String[row.length];
        for (int i = 0; i < row.length; i++) {
          safe[i] = Cells.neutralize(row[i]);
        }
        w.write(safe);
      }
    }
    out.flush();
  }

  /**
   * Reads {@code in}: the header must hold every required column and only known ones; every row is
   * at most as wide as the header. Cells are restored (un-neutralised).
   */
  static Table read(Reader in, String entityType, Set<String> required, Set<String> known) {
    Table t = new Table(entityType);
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
        .readValues(in)) {
      if (!it.hasNext()) {
        t.problems.add(Problem.ofField(CsvCode.EMPTY, "", null, "the text has no header row; expected columns "
            + String.join(", ", required)));
        return t;
      }
      String[] head = it.next();
      for (int i = 0; i < head.length; i++) {
        String name = head[i].strip();
        if (i == 0 && name.startsWith("\uFEFF")) {
          name = name.substring(1);
        }
        t.header.add(name);
        if (!known.contains(name) || t.columns.containsKey(name)) {
          t.problems.add(Problem.ofField(CsvCode.UNKNOWN_COLUMN, "row 1, column " + (i + 1), name,
              t.columns.containsKey(name) ? "the column appears twice" : "unknown column; known are "
                  + String.join(", ", known)));
        } else {
          t.columns.put(name, i);
        }
      }
      for (String r : required) {
        if (!t.columns.containsKey(r)) {
          t.problems.add(Problem.ofField(CsvCode.MISSING_COLUMN, "row 1", null, "the required column '" + r
              + "' is missing"));
        }
      }
      int rowNr = 1;
      while (it.hasNext()) {
        rowNr++;
        if (rowNr > Csv.MAX_ROWS + 1) {
          t.problems.add(Problem.ofField(CsvCode.TOO_MANY_ROWS, "row " + rowNr, null, "the text has more than "
              + Csv.MAX_ROWS + " rows"));
          break;
        }
        String[] row = it.next();
        if (row.length == 1 && row[0].isEmpty()) {
          t.rows.add(new String[0]); // a blank line: kept so that row numbers stay true, skipped later
          continue;
        }
        if (row.length > head.length) {
          t.problems.add(Problem.ofField(CsvCode.ROW_WIDTH, "row " + rowNr, row.length + " cells",
              "the row has more cells than the header (" + head.length + ")"));
        }
        for (int i = 0; i < row.length; i++) {
          row[i] = Cells.restore(row[i]);
        }
        t.rows.add(row);
      }
    } catch (RuntimeException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
      String where = "";
      String msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      if (cause instanceof JsonProcessingException j) {
        if (j.getLocation() != null) {
          where = "line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr();
        }
        msg = j.getOriginalMessage();
      }
      t.problems.add(Problem.ofField(CsvCode.SYNTAX, where, null, "not well-formed CSV: " + Text.shorten(msg)));
    }
    return t;
  }

  /** The cell of {@code column} in {@code row}, {@code ""} when the column or cell is absent. */
  String cell(String[] row, String column) {
    Integer i = columns.get(column);
    return i == null || i >= row.length ? "" : row[i];
  }

  /** Where a cell is, for problems: {@code row 3, column 5 (owner)}. */
  String where(int rowIndex, String column) {
    Integer i = columns.get(column);
    return "row " + (rowIndex + 2) + (i == null ? "" : ", column " + (i + 1)) + " (" + column + ")";
  }

  /** A writer that ignores close, so that Jackson does not close the caller's writer. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

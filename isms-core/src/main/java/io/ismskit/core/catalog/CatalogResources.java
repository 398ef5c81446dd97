package io.ismskit.core.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the catalog's tab-separated data files bundled in the jar next to this class. A missing or
 * malformed file is a packaging defect, reported as {@link IllegalStateException} naming the file,
 * the line and the reason.
 */
final class CatalogResources {
  /** The placeholder for an empty cell. */
  static final String NONE = "-";

  private CatalogResources() {}

  /** One data line of a resource: its cells and where it came from. */
  record Row(String resource, int line, List<String> cells) {
    String cell(int index) {
      return cells.get(index);
    }

    Optional<String> optional(int index) {
      String c = cells.get(index);
      return NONE.equals(c) ? Optional.empty() : Optional.of(c);
    }

    List<String> list(int index, String separatorRegex) {
      String c = cells.get(index);
      return NONE.equals(c) ? List.of() : List.of(c.split(separatorRegex, -1));
    }

    IllegalStateException error(RuntimeException cause) {
      IllegalStateException e = error(String.valueOf(cause.getMessage()));
      e.initCause(cause);
      return e;
    }

    IllegalStateException error(String why) {
      return new IllegalStateException(
          "catalog resource " + resource + " line " + line + ": " + why + " in " + cells);
    }
  }

  /**
   * The data lines of {@code resource}, skipping blank lines and lines starting with {@code #};
   * every line must have exactly {@code columns} non-empty cells.
   */
  static List<Row> read(String resource, int columns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = CatalogResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "catalog resource " + resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        List<String> cells = List.of(text.split("\t", -1));
        Row row = new Row(resource, line, cells);
        if (cells.size() != columns) {
          throw row.error("expected " + columns + " cells, found " + cells.size());
        }
        for (String c : cells) {
          if (c.isBlank()) {
            throw row.error("empty cell (use '" + NONE + "' for none)");
          }
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("catalog resource " + resource + " cannot be read", e);
    }
    return List.copyOf(rows);
  }
}

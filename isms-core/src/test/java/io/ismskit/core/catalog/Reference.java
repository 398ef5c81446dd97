package io.ismskit.core.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reference data in {@code src/test/resources/catalog/}: verbatim copies of the project's
 * ISO/IEC 27001:2022 fact brief ({@code iso27001-2022-annex-a.tsv}, {@code
 * iso27001-2022-clauses.tsv}) and verbatim excerpts of its markdown tables (Annex A with ISO/IEC
 * 27002:2022 Table A.1 attributes and Table B.1 sources, the ISO/IEC 27002:2022 Table B.2 mapping
 * 2013 to 2022, and the list of mandatory documented information), and two public transcriptions of
 * the ISO/IEC 27002:2022 attribute tables ({@code iso27002-2022-table-a1.tsv}, {@code
 * iso27002-2022-control-attributes.tsv}, provenance in their header comments). The catalog under
 * test reads its own, differently shaped resources, so comparing the two is meaningful.
 */
final class Reference {
  private Reference() {}

  /** A data row of a verbatim TSV copy, keyed by header name. */
  record TsvRow(List<String> header, List<String> cells) {
    String get(String column) {
      int i = header.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + column + " in " + header);
      }
      return cells.get(i);
    }

    List<String> list(String column) {
      String v = get(column);
      return v.isEmpty() ? List.of() : Arrays.asList(v.split(","));
    }
  }

  static List<String> lines(String resource) {
    try (InputStream in = Reference.class.getResourceAsStream("/catalog/" + resource)) {
      Objects.requireNonNull(in, resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows of a TSV resource keyed by its header line; lines starting with {@code #} (provenance
   * comments) and empty lines are skipped.
   */
  static List<TsvRow> tsv(String resource) {
    List<String> lines =
        lines(resource).stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    List<String> header = List.of(lines.get(0).split("\t", -1));
    List<TsvRow> rows = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      rows.add(new TsvRow(header, List.of(l.split("\t", -1))));
    }
    return rows;
  }

  /** {@code iso27001-2022-annex-a.tsv}: 93 rows. */
  static List<TsvRow> annexA() {
    return tsv("iso27001-2022-annex-a.tsv");
  }

  /** {@code iso27001-2022-clauses.tsv}: 41 rows. */
  static List<TsvRow> clauses() {
    return tsv("iso27001-2022-clauses.tsv");
  }

  /** The cells of every markdown table row whose first cell matches {@code firstCell}. */
  static List<List<String>> markdownRows(String resource, Pattern firstCell) {
    List<List<String>> out = new ArrayList<>();
    for (String l : lines(resource)) {
      if (l.startsWith("| ")) {
        String[] cells = l.substring(1, l.length() - 1).split("\\|", -1);
        List<String> stripped = Arrays.stream(cells).map(String::strip).toList();
        if (firstCell.matcher(stripped.get(0)).matches()) {
          out.add(stripped);
        }
      }
    }
    return out;
  }

  /** Every match of {@code p} in the lines of {@code resource}, group 1..n of each. */
  static List<List<String>> matches(String resource, Pattern p) {
    List<List<String>> out = new ArrayList<>();
    for (String l : lines(resource)) {
      Matcher m = p.matcher(l);
      while (m.find()) {
        List<String> g = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
          g.add(m.group(i));
        }
        out.add(g);
      }
    }
    return out;
  }
}

package io.ismskit.export.report;

import java.util.List;

/** The few kinds of block a report is made of; both renderers know them all. */
sealed interface Block permits Block.Heading, Block.Para, Block.Table, Block.Figure, Block.Notice {
  /** A heading of level 1 to 3. */
  record Heading(int level, String text, String anchor) implements Block {}

  /** A paragraph of plain text. */
  record Para(String text) implements Block {}

  /** A table of plain text cells. */
  record Table(List<String> headers, List<List<String>> rows) implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }
  }

  /** A chart: SVG for HTML, its data table for Markdown. */
  record Figure(String caption, String svg, Table data) implements Block {}

  /** A highlighted statement; {@code good} picks the colour. */
  record Notice(String title, String text, boolean good) implements Block {}
}

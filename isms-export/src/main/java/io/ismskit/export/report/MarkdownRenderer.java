package io.ismskit.export.report;

import io.ismskit.export.markup.Markdown;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Renders blocks as CommonMark with GitHub tables; charts become their data tables. */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static void render(List<Block> blocks, Writer out) throws IOException {
    for (Block b : blocks) {
      if (b instanceof Block.Heading h) {
        out.write("#".repeat(h.level()) + " " + Markdown.escapeCell(h.text()) + "\n\n");
      } else if (b instanceof Block.Para p) {
        out.write(Markdown.escape(p.text()) + "\n\n");
      } else if (b instanceof Block.Notice n) {
        out.write("> **" + Markdown.escapeCell(n.title()) + "**  \n> " + Markdown.escapeCell(n.text()) + "\n\n");
      } else if (b instanceof Block.Table t) {
        table(t, out);
      } else if (b instanceof Block.Figure f) {
        out.write("*" + Markdown.escapeCell(f.caption()) + "*\n\n");
        table(f.data(), out);
      }
    }
    out.flush();
  }

  private static void table(Block.Table t, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(256);
    b.append('|');
    for (String h : t.headers()) {
      b.append(' ').append(cell(h)).append(" |");
    }
    b.append("\n|");
    for (int i = 0; i < t.headers().size(); i++) {
      b.append(" --- |");
    }
    b.append('\n');
    out.write(b.toString());
    for (List<String> row : t.rows()) {
      b.setLength(0);
      b.append('|');
      for (String c : row) {
        b.append(' ').append(cell(c)).append(" |");
      }
      b.append('\n');
      out.write(b.toString());
    }
    out.write("\n");
  }

  private static String cell(String c) {
    String e = Markdown.escapeCell(c);
    return e.isEmpty() ? " " : e;
  }
}

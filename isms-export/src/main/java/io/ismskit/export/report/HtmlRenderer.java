package io.ismskit.export.report;

import io.ismskit.export.markup.Html;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Renders blocks as one self-contained HTML document: inline CSS, no scripts, nothing fetched. */
final class HtmlRenderer {
  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:2rem auto;\
      max-width:72rem;padding:0 1rem;line-height:1.45}
      h1{font-size:1.7rem;border-bottom:2px solid #444}h2{margin-top:2.2rem;border-bottom:1px solid #bbb}
      h3{margin-top:1.4rem}table{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem;font-size:.9rem}
      th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}
      th{background:#f0f0f0}tr:nth-child(even) td{background:#fafafa}
      figure{margin:1rem 0}figcaption{font-size:.9rem;color:#555}svg{max-width:100%;height:auto}
      .notice{border-left:6px solid;padding:.6rem 1rem;margin:1rem 0}
      .good{border-color:#2e7d32;background:#edf7ee}.bad{border-color:#c62828;background:#fdecea}
      nav ul{columns:2}
      @media print{body{margin:0;max-width:none;font-size:10pt}h2{break-before:page}nav{display:none}
      tr,figure,.notice{break-inside:avoid}thead{display:table-header-group}a{color:inherit;text-decoration:none}}
      """;

  private HtmlRenderer() {}

  static void render(String title, List<Block> blocks, Writer out) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
        + " img-src data:\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
    out.write("<nav><ul>\n");
    for (Block b : blocks) {
      if (b instanceof Block.Heading h && h.level() == 2) {
        out.write("<li><a href=\"#" + Html.escape(h.anchor()) + "\">" + Html.escape(h.text()) + "</a></li>\n");
      }
    }
    out.write("</ul></nav>\n");
    for (Block b : blocks) {
      if (b instanceof Block.Heading h) {
        out.write("<h" + h.level() + (h.anchor().isEmpty() ? "" : " id=\"" + Html.escape(h.anchor()) + "\"") + ">"
            + Html.escape(h.text()) + "</h" + h.level() + ">\n");
      } else if (b instanceof Block.Para p) {
        out.write("<p>" + lines(p.text()) + "</p>\n");
      } else if (b instanceof Block.Notice n) {
        out.write("<div class=\"notice " + (n.good() ? "good" : "bad") + "\"><strong>" + Html.escape(n.title())
            + "</strong><br>" + lines(n.text()) + "</div>\n");
      } else if (b instanceof Block.Table t) {
        table(t, out);
      } else if (b instanceof Block.Figure f) {
        out.write("<figure>\n" + f.svg() + "\n<figcaption>" + Html.escape(f.caption()) + "</figcaption>\n</figure>\n");
      }
    }
    out.write("</body>\n</html>\n");
    out.flush();
  }

  private static String lines(String text) {
    return Html.escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
  }

  private static void table(Block.Table t, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(256);
    b.append("<table>\n<thead><tr>");
    for (String h : t.headers()) {
      b.append("<th>").append(Html.escape(h)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    out.write(b.toString());
    for (List<String> row : t.rows()) {
      b.setLength(0);
      b.append("<tr>");
      for (String c : row) {
        b.append("<td>").append(lines(c)).append("</td>");
      }
      b.append("</tr>\n");
      out.write(b.toString());
    }
    out.write("</tbody>\n</table>\n");
  }
}

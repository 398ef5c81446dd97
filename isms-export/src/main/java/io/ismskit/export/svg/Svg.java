package io.ismskit.export.svg;

import io.ismskit.export.markup.Html;
import java.util.Locale;

/** Appends SVG elements; every text and attribute value goes through {@link Html#escape(String)}. */
final class Svg {
  private final StringBuilder b = new StringBuilder(4096);

  Svg(int width, int height, String title) {
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">");
    b.append("<title>").append(Html.escape(title)).append("</title>");
  }

  static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
    b.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
        .append("\" height=\"").append(num(h)).append("\" fill=\"").append(Html.escape(fill))
        .append("\" stroke=\"#ffffff\">");
    if (!tooltip.isEmpty()) {
      b.append("<title>").append(Html.escape(tooltip)).append("</title>");
    }
    b.append("</rect>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    b.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(Html.escape(stroke)).append("\"/>");
    return this;
  }

  /** Text; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String text, String anchor, boolean bold) {
    b.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
        .append(Html.escape(anchor)).append('"');
    if (bold) {
      b.append(" font-weight=\"bold\"");
    }
    b.append('>').append(Html.escape(text)).append("</text>");
    return this;
  }

  Svg rotatedText(double x, double y, String text) {
    b.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"middle\"")
        .append(" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y)).append(")\">")
        .append(Html.escape(text)).append("</text>");
    return this;
  }

  Svg polyline(double[] xs, double[] ys, String stroke, String tooltip) {
    b.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(Html.escape(stroke))
        .append("\" points=\"");
    for (int i = 0; i < xs.length; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(num(xs[i])).append(',').append(num(ys[i]));
    }
    b.append("\">");
    if (!tooltip.isEmpty()) {
      b.append("<title>").append(Html.escape(tooltip)).append("</title>");
    }
    b.append("</polyline>");
    return this;
  }

  String end() {
    return b.append("</svg>").toString();
  }
}

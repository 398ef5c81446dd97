package io.ismskit.export.markup;

import java.util.Objects;

/**
 * Escapes text for CommonMark (and GitHub-flavoured) Markdown, so that it renders as the same
 * text and nothing else: no emphasis, link, image, code span, heading, list, block quote, table
 * cell break or raw HTML can come from it.
 *
 * <ul>
 *   <li>{@code & < >} become the character references {@code &amp; &lt; &gt;} (so no raw HTML or
 *       autolink), and {@code \ ` * _ [ ] | ~ " '} get a backslash (CommonMark's escape of ASCII
 *       punctuation);
 *   <li>at the start of a line, {@code # + - = >} get a backslash, as does the {@code .} or
 *       {@code )} after leading digits ({@code 1.} would start a list);
 *   <li>characters no document may hold become U+FFFD, as in {@link Html#escape(String)}.
 * </ul>
 *
 * <p>{@link #escape(String)} keeps line breaks as hard breaks ({@code \} at the end of the line);
 * {@link #escapeCell(String)}, for table cells, turns every line break into a space.
 *
 * <pre>{@code
 * Markdown.escape("<b>R-1</b> | *x*")   // "&lt;b&gt;R-1&lt;/b&gt; \| \*x\*"
 * }</pre>
 */
@SuppressWarnings("EscapedEntity") // the examples show the escaped text, character references and all
public final class Markdown {
  private Markdown() {}

  /** {@code text} escaped for a Markdown paragraph, heading or list item; line breaks kept as hard breaks. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /** {@code text} escaped for a cell of a Markdown table: one line, every line break a space. */
  public static String escapeCell(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean cell) {
    Objects.requireNonNull(text, "text");
    String safe = Html.scrub(text);
    StringBuilder b = new StringBuilder(safe.length() + 16);
    boolean lineStart = true;
    int n = safe.length();
    for (int i = 0; i < n; i++) {
      char c = safe.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && safe.charAt(i + 1) == '\n') {
          i++;
        }
        if (cell) {
          b.append(' ');
          continue; // inside a cell, a line break is a space: the cell goes on
        }
        if (i + 1 < n) {
          b.append("\\\n");
          lineStart = true;
        }
        continue;
      }
      if (lineStart) {
        i = lineStart(safe, i, b);
        lineStart = false;
        continue;
      }
      append(c, b);
    }
    return b.toString();
  }

  /** Escapes what would open a block at the start of a line; returns the last index consumed. */
  private static int lineStart(String s, int i, StringBuilder b) {
    int j = i;
    // leading blanks are dropped: they do not show in Markdown, and four would start a code block
    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j++;
    }
    if (j == s.length() || s.charAt(j) == '\r' || s.charAt(j) == '\n') {
      return j - 1; // blanks only: the caller goes on with the line break, if any
    }
    int digits = j;
    while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > j && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
      b.append(s, j, digits).append('\\').append(s.charAt(digits));
      return digits;
    }
    char c = s.charAt(j);
    if (c == '#' || c == '+' || c == '-' || c == '=' || c == '>') {
      b.append('\\').append(c);
    } else {
      append(c, b);
    }
    return j;
  }

  private static void append(char c, StringBuilder b) {
    switch (c) {
      case '&' -> b.append("&amp;");
      case '<' -> b.append("&lt;");
      case '>' -> b.append("&gt;");
      case '\\', '`', '*', '_', '[', ']', '|', '~', '"', '\'' -> b.append('\\').append(c);
      case '\t' -> b.append(' ');
      default -> b.append(c);
    }
  }
}

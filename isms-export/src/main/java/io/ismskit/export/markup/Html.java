package io.ismskit.export.markup;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Escapes text for HTML and XML (and so for SVG), in element content and in quoted attribute
 * values alike.
 *
 * <p>{@code & < > " '} become character references; characters that neither XML 1.0 nor HTML
 * allow in a document (C0 and C1 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE and U+FFFF) become U+FFFD, the replacement character, so that the output stays
 * well-formed whatever the input. Everything else, including non-ASCII letters, is kept as it is:
 * the documents are UTF-8.
 *
 * <pre>{@code
 * Html.escape("<script>\"x\" & 'y'</script>")
 *   // "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
 * }</pre>
 */
@SuppressWarnings("EscapedEntity") // the examples show the escaped text, character references and all
public final class Html {
  /** The character that replaces a character no document may hold. */
  public static final char REPLACEMENT = '\uFFFD';

  private static final String KEEP_PAIR = "";

  private Html() {}

  /** {@code text} escaped for HTML or XML element content and quoted attribute values. */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder b = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String r = replacement(text, i, c);
      if (r == null) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (r.isEmpty()) { // KEEP_PAIR: both halves of a valid surrogate pair stay
        if (b != null) {
          b.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (b == null) {
        b = new StringBuilder(n + 16);
        b.append(text, 0, i);
      }
      b.append(r);
    }
    return b == null ? text : b.toString();
  }

  /**
   * {@code text} with every character no document may hold replaced by {@link #REPLACEMENT}, and
   * nothing else changed.
   */
  static String scrub(String text) {
    StringBuilder b = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String r = c == '\t' || c == '\n' || c == '\r' ? null : other(text, i, c);
      if (r != null && r.isEmpty()) {
        if (b != null) {
          b.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (r == null) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(n);
        b.append(text, 0, i);
      }
      b.append(r);
    }
    return b == null ? text : b.toString();
  }

  /**
   * What to write for {@code c} at {@code i}: null to keep it, {@link #KEEP_PAIR} for the high half
   * of a valid surrogate pair (both halves are kept), or the text to write instead.
   */
  private static @Nullable String replacement(String s, int i, char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      case '\t', '\n', '\r' -> null;
      default -> other(s, i, c);
    };
  }

  private static @Nullable String other(String s, int i, char c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
      return String.valueOf(REPLACEMENT);
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? KEEP_PAIR : String.valueOf(REPLACEMENT);
    }
    if (Character.isLowSurrogate(c)) {
      return String.valueOf(REPLACEMENT); // not preceded by a high surrogate
    }
    return null;
  }
}

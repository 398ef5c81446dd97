package io.ismskit.core.base;

/**
 * Makes text that came from users safe to put in a message: short, on one line, free of control
 * characters. Every message of ismskit that echoes an input goes through {@link #shorten(Object)},
 * so a one-megabyte CVSS vector or a name with ANSI escapes can be logged and shown as it is.
 */
public final class Text {
  /** How many code points of a value a message echoes. */
  public static final int MAX_ECHO = 64;

  private Text() {}

  /**
   * The value as text, at most {@value #MAX_ECHO} code points of it, with control and format
   * characters escaped ({@code \n}, {@code \t}, {@code \u001B}, zero-width and bidirectional
   * marks), as are spaces other than the plain one (such as the no-break space {@code \u00A0}) and
   * unassigned code points, and, when it was longer, followed by {@code "… (N chars)"}.
   */
  public static String shorten(Object value) {
    String s = String.valueOf(value);
    int length = s.length();
    StringBuilder b = new StringBuilder(Math.min(length, MAX_ECHO) + 24);
    int points = 0;
    int i = 0;
    while (i < length && points < MAX_ECHO) {
      int cp = s.codePointAt(i);
      appendEscaped(b, cp);
      i += Character.charCount(cp);
      points++;
    }
    if (i < length) {
      b.append("… (").append(String.format(java.util.Locale.ROOT, "%,d", length)).append(" chars)");
    }
    return b.toString();
  }

  /** Whether {@code s} has a character that is neither white space nor invisible. */
  public static boolean hasVisible(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!invisible(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** White space (including no-break spaces), control and format characters (zero-width, bidi). */
  static boolean invisible(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || cp == 0x2800 /* braille blank */ || cp == 0x3164 || cp == 0x115F || cp == 0x1160 /* Hangul fillers */;
  }

  private static void appendEscaped(StringBuilder b, int cp) {
    switch (cp) {
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      case '\t' -> b.append("\\t");
      case '\\' -> b.append("\\\\");
      default -> {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
            || (type == Character.SPACE_SEPARATOR && cp != ' ') || type == Character.UNASSIGNED) {
          if (cp > 0xFFFF) {
            b.append(String.format(java.util.Locale.ROOT, "\\u{%X}", cp));
          } else {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
          }
        } else {
          b.appendCodePoint(cp);
        }
      }
    }
  }
}

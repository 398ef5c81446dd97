package io.ismskit.export.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.ismskit.export.markup.Markdown;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** A thin layer over Jackson's streaming generator that speaks OSCAL's data types. */
final class OscalJson implements AutoCloseable {
  static final String OSCAL_VERSION = "1.1.2";
  /** The namespace of ismskit's own OSCAL properties. */
  static final String NS = "https://ismskit.io/ns/oscal";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final Pattern SPACE = Pattern.compile("\\s+");
  /** The namespace of ismskit's name-based UUIDs (itself a name-based UUID of the namespace URI). */
  private static final UUID NAMESPACE = nameUuid(new UUID(0x6ba7b8119dad11d1L, 0x80b400c04fd430c8L), NS);

  final JsonGenerator g;

  OscalJson(Writer out) throws IOException {
    g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(pp);
  }

  /** A version 5 (SHA-1, name-based) UUID of {@code name} in ismskit's namespace: same name, same UUID. */
  static String uuid(String... name) {
    return nameUuid(NAMESPACE, String.join("\u001f", name)).toString();
  }

  private static UUID nameUuid(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-1", e);
    }
    sha1.update(toBytes(namespace.getMostSignificantBits()));
    sha1.update(toBytes(namespace.getLeastSignificantBits()));
    byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    h[6] = (byte) ((h[6] & 0x0f) | 0x50);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (h[i] & 0xff);
      lsb = (lsb << 8) | (h[i + 8] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  private static byte[] toBytes(long v) {
    byte[] b = new byte[8];
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) v;
      v >>>= 8;
    }
    return b;
  }

  /**
   * {@code id} as an OSCAL token (an XML NCName): lower case, every character other than a letter,
   * digit, {@code .}, {@code -} or {@code _} replaced by {@code -}, and prefixed with {@code prefix}
   * when it does not start with a letter or underscore.
   */
  static String token(String prefix, String id) {
    StringBuilder b = new StringBuilder(id.length() + prefix.length());
    String lower = id.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      b.append(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '-');
    }
    if (b.length() == 0 || !(Character.isLetter(b.charAt(0)) || b.charAt(0) == '_')) {
      b.insert(0, prefix);
    }
    return b.toString();
  }

  /** The OSCAL id of an ISO/IEC 27001:2022 clause, such as {@code clause-6.1.2}. */
  static String clauseId(String clause) {
    return "clause-" + token("", clause);
  }

  /** The OSCAL id of a control, such as {@code a.5.1}. */
  static String controlId(String control) {
    return token("control-", control);
  }

  /** A date as an OSCAL date-time with time zone: the start of the day, UTC. */
  static String dateTime(LocalDate date) {
    return date + "T00:00:00Z";
  }

  /** {@code text} as an OSCAL string: trimmed, runs of white space as one space, never empty. */
  static String clean(String text, String ifBlank) {
    String s = SPACE.matcher(text).replaceAll(" ").strip();
    return s.isEmpty() ? ifBlank : s;
  }

  // ---------------------------------------------------------------------------------------------

  void start(String field) throws IOException {
    g.writeObjectFieldStart(field);
  }

  void startArray(String field) throws IOException {
    g.writeArrayFieldStart(field);
  }

  void end() throws IOException {
    g.writeEndObject();
  }

  void endArray() throws IOException {
    g.writeEndArray();
  }

  void field(String name, String value) throws IOException {
    g.writeStringField(name, value);
  }

  /** A plain OSCAL string field. */
  void string(String name, String value) throws IOException {
    g.writeStringField(name, clean(value, "-"));
  }

  /** A markup-line field: Markdown, escaped, on one line. */
  void line(String name, String text) throws IOException {
    g.writeStringField(name, Markdown.escapeCell(clean(text, "-")));
  }

  /** A markup-multiline field: Markdown, escaped. */
  void multiline(String name, String text) throws IOException {
    String t = text.strip();
    g.writeStringField(name, Markdown.escape(t.isEmpty() ? "-" : t));
  }

  /** An array of properties; call {@link #prop} inside, then {@link #endArray()}. */
  void props() throws IOException {
    g.writeArrayFieldStart("props");
  }

  /** A property in ismskit's namespace. */
  void prop(String name, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("ns", NS);
    g.writeStringField("value", clean(value, "-"));
    g.writeEndObject();
  }

  /** OSCAL's standard {@code label} property. */
  void label(String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", "label");
    g.writeStringField("value", clean(value, "-"));
    g.writeEndObject();
  }

  void metadata(String title, LocalDate lastModified, String version) throws IOException {
    start("metadata");
    line("title", title);
    field("last-modified", dateTime(lastModified));
    string("version", version);
    field("oscal-version", OSCAL_VERSION);
    end();
  }

  @Override
  public void close() throws IOException {
    g.writeRaw('\n');
    g.close();
  }
}

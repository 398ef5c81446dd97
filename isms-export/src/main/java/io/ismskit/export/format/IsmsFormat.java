package io.ismskit.export.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.pdca.PdcaEvent;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The ismskit format: a whole {@link Isms} as one JSON or YAML document, lossless (reading what
 * was written gives an equal model) and deterministic (an equal model gives the same bytes).
 *
 * <pre>{@code
 * IsmsFormat json = IsmsFormat.json();
 * StringWriter out = new StringWriter();
 * json.write(isms, out);
 * Validation<Seq<Problem>, Isms> back = json.read(new StringReader(out.toString()));
 * back.get().equals(isms);   // true
 * }</pre>
 *
 * <p>A document is an object {@code {"schemaVersion": 1, "isms": {...}}}, optionally with the
 * ISMS's PDCA event log in {@code "events"}, the FAIR results of its risks in {@code
 * "fairResults"} and a conformance report in {@code "conformance"} ({@link IsmsDocument}, {@link
 * #writeDocument}, {@link #readDocument}); a plain {@link #read(Reader)} checks those too and
 * returns the ISMS. Every model value is an
 * object of its attributes, named as the model's accessors ({@code id} first, the rest in
 * alphabetical order); an empty optional or collection is left out; ids and other one-value
 * records are their text, enums their constant's name, dates {@code yyyy-mm-dd}, periods ISO 8601
 * ({@code P12M}); lists keep the model's order. {@code docs/format.md} describes it in full,
 * with the migration path between schema versions, and {@link #SCHEMA_RESOURCE} is its JSON
 * Schema.
 *
 * <p>Reading is strict by default: a field the format does not have is a problem ({@link
 * #ignoringUnknownFields()} skips them instead). It is bounded by {@link ReadLimits}. It returns
 * every problem of the document at once, each with the JSON pointer of the value at fault and its
 * line and column in the message; the problems of values the model refuses keep the model's code,
 * those of the text the codes of {@link FormatCode}. An ISMS read without such problems is then
 * checked with {@link Isms#validate()} (unless {@link #withoutValidation()}), whose problems are
 * placed at the entity they concern, beside the problems of the document's other sections. Nothing
 * is thrown for bad input; a failing reader is a {@link FormatCode#IO} problem. {@link IsmsModule}
 * writes and reads the same document, and each model value of it, with a host's own {@code
 * ObjectMapper}.
 *
 * <p>Writing streams to the caller's writer or stream with Jackson's generator: the document is
 * never held as one string or tree. Neither reading nor writing closes what the caller passed.
 *
 * @implSpec Immutable and thread-safe; instances may be shared.
 */
public final class IsmsFormat {
  /** The version of the format this library writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The class path resource of the format's JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "/io/ismskit/export/format/ismskit-format-1.schema.json";

  private static final Codecs.Codec ISMS = Codecs.of(Isms.class);

  /** The field of the ISMS that lists its risks. */
  private static final String RISKS = "risks";

  private final boolean yaml;
  private final boolean strict;
  private final boolean validate;
  private final boolean pretty;
  private final ReadLimits limits;
  private final long dateShift;
  private final JsonFactory factory;

  private IsmsFormat(boolean yaml, boolean strict, boolean validate, boolean pretty, ReadLimits limits,
      long dateShift) {
    this.dateShift = dateShift;
    this.yaml = yaml;
    this.strict = strict;
    this.validate = validate;
    this.pretty = pretty;
    this.limits = limits;
    this.factory = factory(yaml, limits);
  }

  /** The format as indented JSON (two spaces, {@code \n}), UTF-8 on streams, strict, with the default limits. */
  public static IsmsFormat json() {
    return new IsmsFormat(false, true, true, true, ReadLimits.DEFAULT, 0);
  }

  /** The format as YAML (block style, strings quoted), UTF-8 on streams, strict, with the default limits. */
  public static IsmsFormat yaml() {
    return new IsmsFormat(true, true, true, true, ReadLimits.DEFAULT, 0);
  }

  /** This format writing JSON on one line, without indentation (reading is the same). */
  public IsmsFormat compact() {
    return new IsmsFormat(yaml, strict, validate, false, limits, dateShift);
  }

  /** This format skipping fields it does not know instead of reporting them (duplicates are still reported). */
  public IsmsFormat ignoringUnknownFields() {
    return new IsmsFormat(yaml, false, validate, pretty, limits, dateShift);
  }

  /**
   * This format returning the model as read without running {@link Isms#validate()}: for drafts
   * whose references do not resolve yet. Every value is still checked by the model's builders.
   */
  public IsmsFormat withoutValidation() {
    return new IsmsFormat(yaml, strict, false, pretty, limits, dateShift);
  }

  /** This format reading within {@code limits}. */
  public IsmsFormat withLimits(ReadLimits limits) {
    return new IsmsFormat(yaml, strict, validate, pretty, Objects.requireNonNull(limits, "limits"), dateShift);
  }

  /**
   * This format moving every date it reads by {@code days} (negative: into the past): a document
   * that is a template, such as a sample, read as it would stand on another date. Writing is
   * unchanged. A date moved out of the supported range is a problem.
   */
  public IsmsFormat withDatesShiftedBy(long days) {
    return new IsmsFormat(yaml, strict, validate, pretty, limits, days);
  }

  /** The limits of reading. */
  public ReadLimits limits() {
    return limits;
  }

  /** Whether this format writes and reads YAML (else JSON). */
  public boolean isYaml() {
    return yaml;
  }

  // ---- writing ---------------------------------------------------------------------------------

  /**
   * Writes {@code isms} as one document to {@code out}, which is flushed, not closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(Isms isms, Writer out) throws IOException {
    writeDocument(IsmsDocument.of(isms), out);
  }

  /**
   * Writes {@code isms} as one UTF-8 document to {@code out}, which is flushed, not closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(Isms isms, OutputStream out) throws IOException {
    writeDocument(IsmsDocument.of(isms), out);
  }

  /**
   * Writes {@code document}, the ISMS with its PDCA event log, FAIR results and conformance report,
   * as one document to {@code out}, which is flushed, not closed. A document with none of those is
   * the document {@link #write(Isms, Writer)} writes.
   *
   * @throws IOException if {@code out} fails
   */
  public void writeDocument(IsmsDocument document, Writer out) throws IOException {
    write(Objects.requireNonNull(document, "document"), factory.createGenerator(Objects.requireNonNull(out, "out")));
  }

  /**
   * Writes {@code document} as one UTF-8 document to {@code out}, which is flushed, not closed: the
   * bytes of {@link #writeDocument(IsmsDocument, Writer)}'s text.
   *
   * @throws IOException if {@code out} fails
   */
  public void writeDocument(IsmsDocument document, OutputStream out) throws IOException {
    write(Objects.requireNonNull(document, "document"), factory.createGenerator(Objects.requireNonNull(out, "out")));
  }

  /** Writes {@code document} with {@code generator} in this format's layout, ends the text and closes the generator. */
  private void write(IsmsDocument document, JsonGenerator generator) throws IOException {
    try (JsonGenerator g = generator) {
      if (pretty && !yaml) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter).withArrayIndenter(indenter));
      }
      writeObject(document, g);
      if (!yaml) {
        g.writeRaw('\n');
      }
      g.flush();
    }
  }

  /**
   * Writes {@code document} as one object at the generator's position, in whatever layout the
   * generator has (what {@link IsmsModule} writes for an {@link IsmsDocument}).
   */
  static void writeObject(IsmsDocument document, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeFieldName("isms");
    ISMS.write(document.isms(), g);
    if (!document.events().isEmpty()) {
      g.writeFieldName(EventRecords.FIELD);
      EventRecords.write(document.events(), g);
    }
    if (!document.fairResults().isEmpty()) {
      g.writeFieldName(FairRecords.FIELD);
      FairRecords.write(document.fairResults(), g);
    }
    if (document.conformance().isPresent()) {
      g.writeFieldName(ConformanceRecords.FIELD);
      ConformanceRecords.write(document.conformance().get(), g);
    }
    g.writeEndObject();
  }

  // ---- reading ---------------------------------------------------------------------------------

  /**
   * Reads one document from {@code in} (not closed): the model, or every problem found.
   *
   * @return the model, checked by its builders and (unless {@link #withoutValidation()}) by {@link
   *     Isms#validate()}; or the problems, never empty
   */
  public Validation<Seq<Problem>, Isms> read(Reader in) {
    return readDocument(in).map(IsmsDocument::isms);
  }

  /**
   * Reads one document from {@code in} (not closed); JSON may be UTF-8, UTF-16 or UTF-32, YAML is
   * read as UTF-8.
   *
   * @return as {@link #read(Reader)}
   */
  public Validation<Seq<Problem>, Isms> read(InputStream in) {
    return readDocument(in).map(IsmsDocument::isms);
  }

  /**
   * Reads one document from {@code in} (not closed): the ISMS with its PDCA event log, FAIR results
   * and conformance report (empty when the document has none), or every problem found. The events'
   * records are upcast from older versions ({@link io.ismskit.pdca.EventCodec}) and must replay
   * ({@link io.ismskit.pdca.PdcaMachine#replay}); a FAIR result must be keyed by a risk of the ISMS
   * (even {@link #withoutValidation()}), its losses within {@link ReadLimits#maxCollectionSize()};
   * a conformance report's parts must fit ({@link io.ismskit.conformance.ConformanceReport#of}).
   * Each problem names the JSON pointer of its value. The problems of an ISMS that was read but that
   * {@link Isms#validate()} refuses come beside those of the other sections; a FAIR result keyed by
   * an id that is no risk is reported whenever the ISMS's risks are known: the ISMS was read, or it
   * has problems but not in its {@code risks} (where it has, its keys are not checked).
   *
   * @return as {@link #read(Reader)}, with the other sections
   */
  public Validation<Seq<Problem>, IsmsDocument> readDocument(Reader in) {
    Objects.requireNonNull(in, "in");
    return readDocument(() -> factory.createParser(in));
  }

  /**
   * Reads one document from {@code in} (not closed) as {@link #readDocument(Reader)} does; JSON may
   * be UTF-8, UTF-16 or UTF-32, YAML is read as UTF-8.
   *
   * @return as {@link #readDocument(Reader)}
   */
  public Validation<Seq<Problem>, IsmsDocument> readDocument(InputStream in) {
    Objects.requireNonNull(in, "in");
    return readDocument(() -> factory.createParser(in));
  }

  /** Where the parser of one read comes from. */
  @FunctionalInterface
  private interface Source {
    JsonParser open() throws IOException;
  }

  private Validation<Seq<Problem>, IsmsDocument> readDocument(Source source) {
    Decoding d = new Decoding(limits, strict, yaml);
    d.dateShift = dateShift;
    try (JsonParser p = source.open()) {
      IsmsDocument document = readText(p, d);
      List<Problem> problems = d.problems();
      if (document != null && problems.isEmpty()) {
        return Validation.valid(document);
      }
      return Validation.invalid(problems.isEmpty()
          ? Vector.of(new Problem(FormatCode.SYNTAX, "", "", "", "", "the document holds no ISMS"))
          : Vector.ofAll(problems));
    } catch (IOException e) {
      return Validation.invalid(Vector.of(ioProblem(e)));
    }
  }

  private static Problem ioProblem(IOException e) {
    return new Problem(FormatCode.IO, "", "", "", "", "the document could not be read: " + clean(e.getMessage()));
  }

  /** The sections of a document besides the ISMS, as they are read. */
  private static final class Sections {
    final List<PdcaEvent> events = new ArrayList<>();
    FairRecords.@Nullable Read fair;
    @Nullable ConformanceReport conformance;

    IsmsDocument document(Isms isms) {
      return new IsmsDocument(isms, events, fair == null ? Map.of() : fair.results(), Optional.ofNullable(conformance));
    }
  }

  /**
   * Reads the whole text: one document and nothing after it. Returns the document, or null; every
   * problem is in {@code d} (also after a document, when content follows it).
   */
  private @Nullable IsmsDocument readText(JsonParser p, Decoding d) throws IOException {
    try {
      if (p.nextToken() == null) {
        d.report("", p.currentLocation(), FormatCode.SYNTAX, "", "", null, "the document is empty");
        return null;
      }
      IsmsDocument document = readObject(p, d, validate);
      if (p.nextToken() != null) {
        d.report("", p.currentTokenLocation(), FormatCode.SYNTAX, "", "", null,
            "has content after the end of the document");
      }
      return document;
    } catch (StreamConstraintsException e) {
      d.report(Decoding.pointer(p), location(p, e), FormatCode.LIMIT, "", "", null,
          "is beyond the limits of reading: " + clean(e.getOriginalMessage()));
    } catch (JsonEOFException e) {
      d.report(Decoding.pointer(p), location(p, e), FormatCode.SYNTAX, "", "", null,
          "the document ends early: it is truncated or a bracket is not closed");
    } catch (JsonProcessingException e) {
      d.report(Decoding.pointer(p), location(p, e), FormatCode.SYNTAX, "", "", null,
          "is not well-formed " + (yaml ? "YAML" : "JSON") + ": " + clean(e.getOriginalMessage()));
    } catch (RuntimeException e) {
      // SnakeYAML's own refusals (nesting, code point and alias limits) are unchecked
      d.report(Decoding.pointer(p), p.currentLocation(), yaml ? FormatCode.LIMIT : FormatCode.SYNTAX, "", "", null,
          "cannot be read: " + clean(e.getMessage()));
    }
    return null;
  }

  private static @Nullable JsonLocation location(JsonParser p, JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    return l != null ? l : p.currentLocation();
  }

  /**
   * Reads the document whose first token is the parser's current token and leaves the parser on its
   * last token (what {@link IsmsModule} reads for an {@link IsmsDocument}): its sections are checked
   * as {@link #readDocument(Reader)} describes and, if {@code validate}, an ISMS read without problem
   * with {@link Isms#validate()}, whose problems are placed at their entities. Returns the document,
   * or null after reporting every problem to {@code d}.
   */
  static @Nullable IsmsDocument readObject(JsonParser p, Decoding d, boolean validate) throws IOException {
    Sections sections = new Sections();
    Object read = readEnvelope(p, d, sections);
    if (!(read instanceof Isms isms)) {
      return null;
    }
    if (validate) {
      // the ISMS is whole: its own problems come beside those of the other sections
      Validation<Seq<Problem>, Isms> valid = isms.validate();
      if (valid.isInvalid()) {
        valid.getError().forEach(problem -> d.add(placed(problem, d)));
      }
    }
    return d.problems().isEmpty() ? sections.document(isms) : null;
  }

  private static @Nullable Object readEnvelope(JsonParser p, Decoding d, Sections sections) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Codecs.wrongType(p, d, "an object with schemaVersion and isms");
      return null;
    }
    String here = Decoding.pointer(p);
    Integer version = null;
    Object isms = null;
    boolean sawIsms = false;
    boolean ismsRead = false;
    boolean sawSchema = false;
    boolean sawEvents = false;
    boolean sawFair = false;
    boolean sawConformance = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "schemaVersion" -> {
          if (version != null) {
            d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
          } else if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
              && p.getNumberType() == JsonParser.NumberType.INT) {
            version = p.getIntValue();
            if (version != SCHEMA_VERSION) {
              d.report(p, FormatCode.SCHEMA_VERSION, "", "", version,
                  "is not a version this library reads (it reads " + SCHEMA_VERSION
                      + (version > SCHEMA_VERSION ? "; a newer ismskit wrote it" : "") + ")");
            }
          } else {
            Codecs.wrongType(p, d, "the format's version, " + SCHEMA_VERSION);
            version = -1;
          }
        }
        case "$schema" -> {
          if (sawSchema) {
            d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
          } else if (p.currentToken() != JsonToken.VALUE_STRING) {
            Codecs.wrongType(p, d, "text (the URI of a JSON Schema)");
          }
          sawSchema = true;
        }
        case "isms" -> {
          if (sawIsms) {
            d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
            p.skipChildren();
          } else if (version != null && version != SCHEMA_VERSION) {
            p.skipChildren();
          } else {
            isms = ISMS.read(p, d);
            ismsRead = true;
          }
          sawIsms = true;
        }
        case EventRecords.FIELD -> {
          if (sawEvents) {
            d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
            p.skipChildren();
          } else if (version != null && version != SCHEMA_VERSION) {
            p.skipChildren();
          } else {
            List<PdcaEvent> read = EventRecords.read(p, d);
            if (read != null) {
              sections.events.addAll(read);
            }
          }
          sawEvents = true;
        }
        case FairRecords.FIELD -> {
          if (sawFair) {
            d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
            p.skipChildren();
          } else if (version != null && version != SCHEMA_VERSION) {
            p.skipChildren();
          } else {
            sections.fair = FairRecords.read(p, d);
          }
          sawFair = true;
        }
        case ConformanceRecords.FIELD -> {
          if (sawConformance) {
            d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
            p.skipChildren();
          } else if (version != null && version != SCHEMA_VERSION) {
            p.skipChildren();
          } else {
            sections.conformance = ConformanceRecords.read(p, d);
          }
          sawConformance = true;
        }
        default -> {
          if (d.strict) {
            d.report(p, FormatCode.UNKNOWN_FIELD, "", "", null,
                "is not a field of the document (fields: schemaVersion, isms, events, fairResults, conformance,"
                    + " $schema)");
          }
          p.skipChildren();
        }
      }
    }
    if (version == null) {
      d.report(here + "/schemaVersion", p.currentLocation(), FormatCode.SCHEMA_VERSION, "", "", null,
          "is missing: a document of the ismskit format starts with \"schemaVersion\": " + SCHEMA_VERSION);
    }
    if (!sawIsms) {
      d.report(here + "/isms", p.currentLocation(), io.ismskit.core.base.ModelCode.REQUIRED, "", "", null,
          "is missing: the document holds the ISMS in \"isms\"");
    }
    if (sections.fair != null && ismsRead) {
      reportDangling(isms, here + "/isms/" + RISKS, sections.fair, d);
    }
    return isms == Decoding.FAILED ? null : isms;
  }

  /**
   * Reports each FAIR result keyed by an id that is no risk of the ISMS read, whatever order the
   * sections come in. The risks are known if the ISMS was built ({@code isms}); if it has problems,
   * only if none concerns its list of risks at {@code risks}: then each of them was built and
   * recorded where it stood. Else the keys are not checked (a risk that failed would seem missing).
   */
  private static void reportDangling(@Nullable Object isms, String risks, FairRecords.Read fair, Decoding d) {
    Predicate<RiskId> known;
    if (isms instanceof Isms read) {
      known = id -> read.risk(id).isPresent();
    } else if (!d.full() && untouched(risks, d)) {
      known = id -> d.placeOf(Risk.class.getSimpleName(), id.value()) != null;
    } else {
      return;
    }
    for (Map.Entry<RiskId, Decoding.Place> e : fair.places().entrySet()) {
      if (!known.test(e.getKey())) {
        d.reportModel(e.getValue().pointer(), e.getValue().at(), IsmsDocument.dangling(e.getKey()), "");
      }
    }
  }

  /** Whether no problem was reported at {@code pointer}, inside its value or at a value that holds it. */
  private static boolean untouched(String pointer, Decoding d) {
    for (Problem problem : d.problems()) {
      String at = problem.field();
      if (at.equals(pointer) || at.startsWith(pointer + "/") || pointer.startsWith(at + "/")) {
        return false;
      }
    }
    return true;
  }

  /** A problem of validation, placed at the entity it concerns if the document had it. */
  private static Problem placed(Problem p, Decoding d) {
    Decoding.Place place = d.placeOf(p.entityType(), p.entityId());
    if (place == null) {
      return p;
    }
    String pointer = place.pointer() + Codecs.fieldPointer(p.field());
    return new Problem(p.code(), p.entityType(), p.entityId(), pointer, p.value(), place + ": " + p.message());
  }

  /** An exception's message fit for a problem: one line, no echo of the source, at most 200 characters. */
  static String clean(@Nullable String message) {
    if (message == null) {
      return "(no detail)";
    }
    String m = message;
    int source = m.indexOf(" at [Source");
    if (source >= 0) {
      m = m.substring(0, source);
    }
    int marker = m.indexOf("[Source:");
    if (marker >= 0) {
      m = m.substring(0, marker);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < m.length() && b.length() < 200; i++) {
      char c = m.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    return b.toString().strip();
  }

  // ---- factories -------------------------------------------------------------------------------

  private static JsonFactory factory(boolean yaml, ReadLimits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentLength())
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(Math.min(limits.maxStringLength(), 4096))
        .build();
    if (yaml) {
      LoaderOptions loader = new LoaderOptions();
      loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()));
      loader.setNestingDepthLimit(limits.maxDepth());
      loader.setMaxAliasesForCollections(0);
      loader.setAllowDuplicateKeys(true); // duplicates are reported by the reader, with their place
      return YAMLFactory.builder()
          .loaderOptions(loader)
          .streamReadConstraints(constraints)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .build();
    }
    // the fast parser reads a number from the parser's characters, correctly rounded as
    // Double.parseDouble is, without the string and buffers the JDK's parser makes for each number
    // (82 of the 893 MB a read of 100,000 risks allocated)
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .build();
  }
}

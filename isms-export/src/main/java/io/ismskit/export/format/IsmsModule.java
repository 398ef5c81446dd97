package io.ismskit.export.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.risk.cvss.Cvss;
import io.ismskit.risk.cvss.CvssVector;
import io.ismskit.risk.fair.FairResult;
import io.vavr.control.Either;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson {@code Module} that lets a host's own {@code ObjectMapper} write and read what {@link
 * IsmsFormat} writes and reads: a whole {@link IsmsDocument} (the object with {@code schemaVersion},
 * {@code isms}, {@code events}, {@code fairResults} and {@code conformance}), a {@link FairResult}
 * and a {@link ConformanceReport} as they stand in their sections of a document, and the model
 * values ({@code Isms}, {@code Risk}, {@code RiskId}, ... any Immutables value, record or sealed
 * type of the model) as they stand inside it:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsModule());
 * String json = mapper.writeValueAsString(document);
 * IsmsDocument back = mapper.readValue(json, IsmsDocument.class);   // equals document
 * Risk risk = mapper.readValue(mapper.writeValueAsString(document.isms().risks().get(0)), Risk.class);
 * }</pre>
 *
 * <p>Values are written through the mapper's generator and in its layout: with the mapper's
 * default settings a document is the text {@code IsmsFormat.json().compact()} writes, but for the
 * line end the format puts after a whole document (a mapper ends nothing it writes with one); with
 * {@code SerializationFeature.INDENT_OUTPUT} it is indented by the mapper's pretty printer; a
 * {@code YAMLMapper} writes YAML. A value inside a host's own types is written the same way.
 *
 * <p>Reading an {@code IsmsDocument} runs the checks of {@link
 * IsmsFormat#readDocument(java.io.Reader)}: its {@code schemaVersion}, that its events replay, that
 * every FAIR result is keyed by a risk of its ISMS, that its report's parts fit, and {@link
 * io.ismskit.core.Isms#validate()} of its ISMS unless the module is made {@link
 * #withoutValidation()}. A model value read on its own, an {@code Isms} included, is checked by the
 * model's builders only, as {@link IsmsFormat} checks it inside a document: it is a part, and its
 * relations are its holder's to validate. Every problem of what is read is gathered as {@link
 * IsmsFormat} gathers them and thrown in one {@link IsmsReadException} (a {@code
 * MismatchedInputException}: the mapper's contract is to throw) that carries them as {@link
 * Problem}s and whose message lists them, each with its JSON pointer (from the root of the
 * mapper's input: a document held in a host's field {@code doc} is pointed at as {@code
 * /doc/isms/...}) and its line and column. Text that is not well-formed fails as the mapper's
 * parser fails it. Limits are the mapper's own {@code StreamReadConstraints}, and {@link
 * ReadLimits#DEFAULT} for collections, text values and the number of problems. Unknown fields are problems
 * unless the module is made with {@link #ignoringUnknownFields()}.
 *
 * <p>A value of a sealed type of the model, or of one of its permitted subtypes, is written in the
 * sealed type's form whatever type the host declares for it, so that what is written is read back
 * whether the host holds it as the sealed type or as the subtype (a mapper picks a serializer by
 * the value's class, since a field of type {@code PdcaEvent} may hold any event): a {@code
 * PdcaEvent} as the record of the document's {@code events} section, {@code {"type":
 * "phase-advanced", "version": 2, "fields": {...}}} (upcast from an older version on reading; a
 * host's list of events is not replayed, it is no log), any other sealed type ({@code
 * NonconformityStep}, {@code PdcaCommand}, {@code CvssMetric}) as an object whose one field names
 * the subtype, {@code {"Correct": "backups re-enabled"}}, as {@link IsmsFormat} writes a value of
 * a sealed type. Reading a subtype refuses a value of another subtype.
 *
 * <p>A {@link CvssVector} ({@code Cvss3Vector}, {@code Cvss4Vector}) is written as its canonical
 * vector string, {@code "CVSS:3.1/AV:N/AC:L/..."}, and read by {@link Cvss#parse(String)}: a string
 * that is no vector is refused with the parser's problem (its code, the metric and the offending
 * text), and a field of type {@code Cvss3Vector} refuses a v4.0 vector.
 *
 * <p>As with any Jackson deserializer, a JSON {@code null} where a value stands reads as {@code
 * null}, a whole input of {@code null} included; a host that must have a value checks for it.
 *
 * <p>Registering: Jackson registers a module once per {@link #getTypeId()}, which names this
 * module's configuration. Registering one configuration twice registers it once; registering
 * another configuration after it ({@code ignoringUnknownFields()} after {@code new IsmsModule()})
 * registers that one too, and as Jackson consults the module registered last first, the
 * configuration registered last decides how the mapper reads. Register modules before the mapper
 * is first used, as for any Jackson module.
 *
 * @implSpec Immutable and thread-safe after registration.
 */
public final class IsmsModule extends Module {
  private final boolean strict;
  private final boolean validate;

  /** A module that reads strictly (an unknown field is a problem) and validates the ISMS of a document. */
  public IsmsModule() {
    this(true, true);
  }

  private IsmsModule(boolean strict, boolean validate) {
    this.strict = strict;
    this.validate = validate;
  }

  @Override
  public String getModuleName() {
    return "ismskit";
  }

  /**
   * The id by which Jackson registers a module once: this class's name and the configuration
   * ({@code ignoringUnknownFields()}, {@code withoutValidation()}), so that a module of another
   * configuration registered later is registered too, and decides.
   */
  @Override
  public Object getTypeId() {
    return IsmsModule.class.getName() + (strict ? "" : "+ignoringUnknownFields")
        + (validate ? "" : "+withoutValidation");
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new ModelSerializers());
    context.addDeserializers(new ModelDeserializers(strict, validate));
  }

  /** A module that skips fields it does not know, and validates the ISMS of a document. */
  public static IsmsModule ignoringUnknownFields() {
    return new IsmsModule(false, true);
  }

  /**
   * This module reading a document without running {@link io.ismskit.core.Isms#validate()} on its
   * ISMS, as {@link IsmsFormat#withoutValidation()}: for drafts whose references do not resolve
   * yet. Every other check of a document still runs.
   */
  public IsmsModule withoutValidation() {
    return new IsmsModule(strict, false);
  }

  /** How the module writes values of one type. */
  @FunctionalInterface
  private interface Writing<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  /**
   * How the module reads values of one type: the value whose first token is the parser's current
   * token, or null or {@link Decoding#FAILED} after reporting its problems to {@code d}.
   */
  @FunctionalInterface
  private interface Reading {
    @Nullable Object read(JsonParser p, Decoding d) throws IOException;
  }

  private static final class ModelSerializers extends Serializers.Base {
    @Override
    public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (CvssVector.class.isAssignableFrom(raw)) {
        return new PartSerializer<CvssVector>((v, g) -> g.writeString(v.toVectorString()));
      }
      if (raw == IsmsDocument.class) {
        return new PartSerializer<IsmsDocument>(IsmsFormat::writeObject);
      }
      if (raw == FairResult.class) {
        return new PartSerializer<FairResult>(FairRecords::writeResult);
      }
      if (raw == ConformanceReport.class) {
        return new PartSerializer<ConformanceReport>(ConformanceRecords::write);
      }
      Class<?> sealed = sealedFormOf(raw);
      if (sealed == PdcaEvent.class) {
        return new PartSerializer<PdcaEvent>(EventRecords::writeEvent);
      }
      if (sealed != null && Codecs.of(sealed) instanceof Codecs.SealedCodec c) {
        return new PartSerializer<>(c::write);
      }
      Class<?> model = Codecs.modelTypeOf(raw);
      return model == null || !model.getName().startsWith("io.ismskit.") ? null
          : new PartSerializer<>(Codecs.of(model)::write);
    }
  }

  private static final class ModelDeserializers extends Deserializers.Base {
    private final boolean strict;
    private final boolean validate;

    ModelDeserializers(boolean strict, boolean validate) {
      this.strict = strict;
      this.validate = validate;
    }

    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Reading reading = sealedReading(type);
      return reading == null ? null : new PartDeserializer(type, reading, strict);
    }

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (CvssVector.class.isAssignableFrom(raw)) {
        return new PartDeserializer(raw, (p, d) -> readVector(p, d, raw), strict);
      }
      Reading reading = sealedReading(raw);
      if (reading != null) {
        return new PartDeserializer(raw, reading, strict);
      }
      if (raw == IsmsDocument.class) {
        reading = (p, d) -> IsmsFormat.readObject(p, d, validate);
      } else if (raw == FairResult.class) {
        reading = FairRecords::readResult;
      } else if (raw == ConformanceReport.class) {
        reading = ConformanceRecords::read;
      } else if (raw.getName().startsWith("io.ismskit.") && Codecs.isModelType(raw)) {
        reading = Codecs.of(raw)::read;
      } else {
        return null;
      }
      return new PartDeserializer(raw, reading, strict);
    }
  }

  /**
   * A CVSS vector, written as its canonical vector string: the string, parsed; a string that is no
   * vector, or a vector of another version than {@code raw} holds, is a problem.
   */
  private static @Nullable Object readVector(JsonParser p, Decoding d, Class<?> raw) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      d.report(p, FormatCode.WRONG_TYPE, "", "", null, "must be a CVSS vector string");
      p.skipChildren();
      return Decoding.FAILED;
    }
    String text = p.getText();
    Either<Problem, CvssVector> parsed = Cvss.parse(text);
    if (parsed.isLeft()) {
      d.reportModel(Decoding.pointer(p), p.currentTokenLocation(), parsed.getLeft(), "");
      return Decoding.FAILED;
    }
    if (!raw.isInstance(parsed.get())) {
      d.report(p, FormatCode.WRONG_TYPE, "", "", text, "must be a vector of the type " + raw.getSimpleName());
      return Decoding.FAILED;
    }
    return parsed.get();
  }

  /**
   * The sealed model type whose form values of {@code raw} take: {@code raw} if it is one, else the
   * sealed model type that permits it (or the model type it stands for); null if there is none.
   */
  private static @Nullable Class<?> sealedFormOf(Class<?> raw) {
    if (!raw.getName().startsWith("io.ismskit.")) {
      return null;
    }
    if (raw.isSealed() && !raw.isEnum()) {
      return raw;
    }
    if (!Enum.class.isAssignableFrom(raw) && Codecs.modelTypeOf(raw) == null) {
      return null;
    }
    Class<?> sealed = Codecs.SealedCodec.permitting(raw);
    return sealed != null && sealed.getName().startsWith("io.ismskit.") && Modifier.isPublic(sealed.getModifiers())
        ? sealed : null;
  }

  /** How values of {@code raw} are read in their sealed type's form, or null if they have none. */
  private static @Nullable Reading sealedReading(Class<?> raw) {
    Class<?> sealed = sealedFormOf(raw);
    if (sealed == PdcaEvent.class) {
      return (p, d) -> {
        String pointer = Decoding.pointer(p);
        JsonLocation at = p.currentTokenLocation();
        PdcaEvent e = EventRecords.readEvent(p, d, pointer, at);
        if (e != null && !raw.isInstance(e)) {
          d.report(pointer, at, FormatCode.WRONG_TYPE, "", "", e.type(),
              "must be the record of a " + raw.getSimpleName() + " event");
          return null;
        }
        return e;
      };
    }
    return sealed != null && Codecs.of(sealed) instanceof Codecs.SealedCodec c ? (p, d) -> c.read(p, d, raw) : null;
  }

  private static final class PartSerializer<T> extends JsonSerializer<T> {
    private final Writing<T> writing;

    PartSerializer(Writing<T> writing) {
      this.writing = writing;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider serializers) throws IOException {
      writing.write(value, g);
    }
  }

  private static final class PartDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;
    private final Reading reading;
    private final boolean strict;

    PartDeserializer(Class<?> type, Reading reading, boolean strict) {
      this.type = type;
      this.reading = reading;
      this.strict = strict;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      // YAML's plain scalars are read as text where text is expected, as IsmsFormat.yaml() reads them
      // a whole document or ISMS shares its repeated ids and texts as IsmsFormat's read does; a small
      // part read alone (one of many in a host's list) keeps a small cache
      boolean whole = type == IsmsDocument.class || type == Isms.class;
      Decoding d = new Decoding(ReadLimits.DEFAULT, strict, p instanceof YAMLParser,
          whole ? Decoding.DOCUMENT_RECENT_BITS : Decoding.PART_RECENT_BITS);
      Object v = reading.read(p, d);
      List<Problem> problems = d.problems();
      if (v == null || v == Decoding.FAILED || !problems.isEmpty()) {
        if (problems.isEmpty()) {
          // the parser stands on the value's last token, whose pointer is the value's
          String pointer = Decoding.pointer(p);
          problems = List.of(new Problem(FormatCode.WRONG_TYPE, "", "", pointer, "",
              Decoding.place(pointer, null) + ": holds no value"));
        }
        throw new IsmsReadException(p, type, problems);
      }
      return v;
    }
  }
}

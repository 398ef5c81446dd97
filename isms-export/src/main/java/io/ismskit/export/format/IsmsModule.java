package io.ismskit.export.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.ismskit.core.base.Problem;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson {@code Module} that lets a host's own {@code ObjectMapper} write and read ismskit
 * model values ({@code Isms}, {@code Risk}, {@code RiskId}, ... any Immutables value, record or
 * sealed type of the model) exactly as {@link IsmsFormat} writes them inside its document:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsModule());
 * String json = mapper.writeValueAsString(risk);
 * Risk back = mapper.readValue(json, Risk.class);
 * }</pre>
 *
 * <p>Reading through a mapper gathers every problem of the value like {@link IsmsFormat} does and
 * throws one {@code MismatchedInputException} that lists them (the mapper's contract is to throw);
 * it does not run {@code Isms.validate()}. Limits are the mapper's own {@code
 * StreamReadConstraints} and {@link ReadLimits#DEFAULT} for collections. Unknown fields are
 * problems unless the module is made with {@link #ignoringUnknownFields()}.
 *
 * @implSpec Immutable and thread-safe after registration.
 */
public final class IsmsModule extends Module {
  private final boolean strict;

  /** A module that reads strictly: an unknown field is a problem. */
  public IsmsModule() {
    this(true);
  }

  private IsmsModule(boolean strict) {
    this.strict = strict;
  }

  @Override
  public String getModuleName() {
    return "ismskit";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new ModelSerializers());
    context.addDeserializers(new ModelDeserializers(strict));
  }

  /** A module that skips fields it does not know. */
  public static IsmsModule ignoringUnknownFields() {
    return new IsmsModule(false);
  }

  private static final class ModelSerializers extends Serializers.Base {
    @Override
    public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription beanDesc) {
      Class<?> model = Codecs.modelTypeOf(type.getRawClass());
      return model == null || !model.getName().startsWith("io.ismskit.") ? null
          : new CodecSerializer(Codecs.of(model));
    }
  }

  private static final class ModelDeserializers extends Deserializers.Base {
    private final boolean strict;

    ModelDeserializers(boolean strict) {
      this.strict = strict;
    }

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      return raw.getName().startsWith("io.ismskit.") && Codecs.isModelType(raw)
          ? new CodecDeserializer(raw, Codecs.of(raw), strict) : null;
    }
  }

  private static final class CodecSerializer extends JsonSerializer<Object> {
    private final Codecs.Codec codec;

    CodecSerializer(Codecs.Codec codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider serializers) throws IOException {
      codec.write(value, g);
    }
  }

  private static final class CodecDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;
    private final Codecs.Codec codec;
    private final boolean strict;

    CodecDeserializer(Class<?> type, Codecs.Codec codec, boolean strict) {
      this.type = type;
      this.codec = codec;
      this.strict = strict;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Decoding d = new Decoding(ReadLimits.DEFAULT, strict, false);
      Object v = codec.read(p, d);
      if (v == Decoding.FAILED || !d.problems().isEmpty()) {
        List<Problem> problems = d.problems();
        throw MismatchedInputException.from(p, type, type.getSimpleName() + " cannot be read: "
            + problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
      }
      return v;
    }
  }
}

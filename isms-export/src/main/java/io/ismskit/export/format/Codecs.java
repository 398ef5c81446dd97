package io.ismskit.export.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.id.EntityId;
import java.io.IOException;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The mapping between model types and JSON, derived once per type from the type's own structure
 * and cached: an Immutables value ({@code X.builder()} ... {@code build()}) becomes an object of
 * its attributes, a record with one component its component's value, a record with several an
 * object of its components, an enum its constant's name, a sealed type a one-field object naming
 * the subtype; lists, sets, maps and optionals follow their elements.
 */
final class Codecs {
  private static final Map<Type, Codec> CACHE = new HashMap<>();

  private Codecs() {}

  /** The codec of {@code type}; derived on first use, then cached. */
  static synchronized Codec of(Type type) {
    Codec c = CACHE.get(type);
    if (c != null) {
      return c;
    }
    c = create(type);
    CACHE.put(type, c);
    if (c instanceof Initializable i) {
      try {
        i.init();
      } catch (RuntimeException e) {
        CACHE.remove(type);
        throw e;
      }
    }
    return c;
  }

  /** Whether {@code type} is a class the format maps as an object: an Immutables value, a record or sealed type. */
  static boolean isModelType(Class<?> type) {
    return builderMethod(type) != null || (type.isRecord() && Modifier.isPublic(type.getModifiers()))
        || type.isSealed();
  }

  /** The model type a runtime class stands for: {@code ImmutableRisk} stands for {@code Risk}. */
  static @Nullable Class<?> modelTypeOf(Class<?> runtime) {
    for (Class<?> c = runtime; c != null && c != Object.class; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers()) && isModelType(c)) {
        return c;
      }
    }
    return null;
  }

  private static Codec create(Type type) {
    if (type instanceof WildcardType w) {
      return of(w.getUpperBounds()[0]);
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        return new OptionalCodec(of(args[0]));
      }
      if (raw == List.class || raw == Collection.class) {
        return new CollectionCodec(of(args[0]), false, false);
      }
      if (raw == Set.class || raw == SortedSet.class) {
        return new CollectionCodec(of(args[0]), true, raw == SortedSet.class);
      }
      if (raw == Map.class || raw == SortedMap.class) {
        return new MapCodec(of(args[0]), of(args[1]), raw == SortedMap.class);
      }
      throw unsupported(type);
    }
    if (!(type instanceof Class<?> c)) {
      throw unsupported(type);
    }
    Codec scalar = scalar(c);
    if (scalar != null) {
      return scalar;
    }
    if (c.isEnum()) {
      return new EnumCodec(c);
    }
    if (c.isRecord()) {
      RecordComponent[] rc = c.getRecordComponents();
      return rc.length == 1 ? new WrapperCodec(c) : new RecordCodec(c);
    }
    if (builderMethod(c) != null) {
      return new ObjectCodec(c);
    }
    if (c.isSealed()) {
      return new SealedCodec(c);
    }
    throw unsupported(type);
  }

  private static IllegalArgumentException unsupported(Type type) {
    return new IllegalArgumentException("the ismskit format has no mapping for " + type.getTypeName()
        + ": model types are Immutables values with X.builder(), records, enums, sealed types, lists, sets,"
        + " maps, optionals and the scalars String, boolean, int, long, double, BigDecimal, LocalDate, Period,"
        + " Year, YearMonth");
  }

  private static @Nullable Codec scalar(Class<?> c) {
    if (c == String.class) {
      return StringCodec.INSTANCE;
    }
    if (c == boolean.class || c == Boolean.class) {
      return BooleanCodec.INSTANCE;
    }
    if (c == int.class || c == Integer.class) {
      return new IntegralCodec(false);
    }
    if (c == long.class || c == Long.class) {
      return new IntegralCodec(true);
    }
    if (c == double.class || c == Double.class) {
      return DoubleCodec.INSTANCE;
    }
    if (c == BigDecimal.class) {
      return DecimalCodec.INSTANCE;
    }
    if (c == LocalDate.class) {
      return new DateCodec();
    }
    if (c == Period.class) {
      return new TextCodec<>(Period.class, Period::parse, Period::toString, "a period (ISO 8601, such as P1Y6M)",
          null);
    }
    if (c == Year.class) {
      return new TextCodec<>(Year.class, Year::parse, Year::toString, "a year (yyyy)", null);
    }
    if (c == YearMonth.class) {
      return new TextCodec<>(YearMonth.class, YearMonth::parse, YearMonth::toString, "a month (yyyy-mm)", null);
    }
    return null;
  }

  static @Nullable Method builderMethod(Class<?> c) {
    if (!Modifier.isAbstract(c.getModifiers()) || !Modifier.isPublic(c.getModifiers()) || c.isInterface()) {
      return null;
    }
    try {
      Method m = c.getMethod("builder");
      if (!Modifier.isStatic(m.getModifiers())) {
        return null;
      }
      Method build = m.getReturnType().getMethod("build");
      return c.isAssignableFrom(build.getReturnType()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  // ---- the codec shape -------------------------------------------------------------------------

  /** A codec whose nested codecs are resolved after it is cached, so that types may refer to themselves. */
  interface Initializable {
    void init();
  }

  /** Writes and reads one Java type. */
  abstract static class Codec {
    /** Writes {@code value} as one JSON value. */
    abstract void write(Object value, JsonGenerator g) throws IOException;

    /**
     * Reads the value whose first token is the parser's current token and leaves the parser on its
     * last token; returns {@link Decoding#FAILED} after reporting a problem.
     */
    abstract Object read(JsonParser p, Decoding d) throws IOException;

    /** Whether a property with this value is left out of its object (an empty optional or collection). */
    boolean absent(Object value) {
      return false;
    }

    /** The value of a property that is left out, or {@code null} if the property is required. */
    @Nullable Object whenAbsent() {
      return null;
    }

    /** The value as a map key. */
    String key(Object value) {
      throw new IllegalArgumentException("not a key type: " + this);
    }

    /** Whether values can be map keys. */
    boolean keyable() {
      return false;
    }

    /** Whether values are entities (objects with an id): problems inside them are placed by their own codec. */
    boolean entity() {
      return false;
    }

    /** The value for a map key; throws {@link IllegalArgumentException} if it is malformed. */
    Object fromKey(String key) {
      throw new IllegalArgumentException("not a key type: " + this);
    }

    /** The JSON Schema of the values. */
    abstract Map<String, Object> schema(SchemaBuilder s);

    /** What a value is, for messages: "text", "an object (Risk)". */
    abstract String expected();
  }

  static Object wrongType(JsonParser p, Decoding d, String expected) throws IOException {
    JsonToken t = p.currentToken();
    Object shown = t == null ? "nothing"
        : t.isScalarValue() ? p.getText()
        : t == JsonToken.START_OBJECT ? "an object" : t == JsonToken.START_ARRAY ? "an array" : t.toString();
    d.report(p, FormatCode.WRONG_TYPE, "", "", shown, "must be " + expected);
    p.skipChildren();
    return Decoding.FAILED;
  }

  static Map<String, Object> schemaOf(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  static MethodHandle handle(Class<?> refc, Method m) {
    MethodType type = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
    try {
      return Modifier.isStatic(m.getModifiers())
          ? MethodHandles.publicLookup().findStatic(refc, m.getName(), type)
          : MethodHandles.publicLookup().findVirtual(refc, m.getName(), type);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("cannot reach " + refc.getName() + "." + m.getName() + ": " + e, e);
    }
  }

  @SuppressWarnings("unchecked")
  static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
    throw (E) t;
  }

  /**
   * A function calling {@code direct} (a direct handle of one argument: an accessor, a
   * one-argument constructor or a builder's {@code build}), spun by {@link LambdaMetafactory} as a
   * class of its own. A handle that is not a constant (one per property, held in a field) is
   * called through its lambda form, with checks on every call ({@code Invokers.checkCustomized}
   * alone had 8 % of a write's samples), and is interpreted slowly until the JIT compiles it; a
   * spun class is plain bytecode and an ordinary interface call, and a host's first write and read
   * run about a quarter faster. Falls back to calling the handle should the factory refuse it.
   */
  @SuppressWarnings("unchecked")
  static Function<Object, Object> function(MethodHandle direct) {
    Object spun = spin(Function.class, "apply", MethodType.methodType(Object.class, Object.class), direct);
    if (spun != null) {
      return (Function<Object, Object>) spun;
    }
    MethodHandle h = direct.asType(MethodType.methodType(Object.class, Object.class));
    return v -> {
      try {
        return (Object) h.invokeExact(v);
      } catch (Throwable t) {
        throw sneaky(t);
      }
    };
  }

  /**
   * As {@link #function}, for a direct handle returning a primitive {@code double}: an accessor
   * whose value is written without boxing it.
   */
  static ToDoubleFunction<Object> doubleFunction(MethodHandle direct) {
    @SuppressWarnings("unchecked")
    ToDoubleFunction<Object> spun = (ToDoubleFunction<Object>) spin(ToDoubleFunction.class, "applyAsDouble",
        MethodType.methodType(double.class, Object.class), direct);
    if (spun != null) {
      return spun;
    }
    MethodHandle h = direct.asType(MethodType.methodType(double.class, Object.class));
    return v -> {
      try {
        return (double) h.invokeExact(v);
      } catch (Throwable t) {
        throw sneaky(t);
      }
    };
  }

  /** As {@link #function}, for a direct handle of two arguments: a builder's setter. */
  @SuppressWarnings("unchecked")
  static BiFunction<Object, Object, Object> biFunction(MethodHandle direct) {
    Object spun = spin(BiFunction.class, "apply",
        MethodType.methodType(Object.class, Object.class, Object.class), direct);
    if (spun != null) {
      return (BiFunction<Object, Object, Object>) spun;
    }
    MethodHandle h = direct.asType(MethodType.methodType(Object.class, Object.class, Object.class));
    return (b, v) -> {
      try {
        return (Object) h.invokeExact(b, v);
      } catch (Throwable t) {
        throw sneaky(t);
      }
    };
  }

  /**
   * An instance of the functional interface {@code face}, whose method {@code name} has the erased
   * type {@code erased}, calling {@code direct}; null if the lambda factory refuses the handle.
   */
  private static @Nullable Object spin(Class<?> face, String name, MethodType erased, MethodHandle direct) {
    try {
      CallSite site = LambdaMetafactory.metafactory(MethodHandles.lookup(), name, MethodType.methodType(face),
          erased, direct, direct.type().wrap());
      return site.getTarget().invoke();
    } catch (Throwable refused) {
      if (refused instanceof VirtualMachineError e) {
        throw e;
      }
      return null;
    }
  }

  // ---- scalars ---------------------------------------------------------------------------------

  static final class StringCodec extends Codec {
    static final StringCodec INSTANCE = new StringCodec();
    /** The longest text read that is shared with an equal one read shortly before. */
    private static final int SHARED_TEXT = 48;

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      g.writeString((String) value);
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      if (readable(p, d)) {
        int length = p.getTextLength();
        if (length <= SHARED_TEXT && length <= d.limits.maxStringLength()) {
          return d.recentText(p.getTextCharacters(), p.getTextOffset(), length);
        }
      }
      return readText(p, d);
    }

    /** Whether the parser stands on a value this codec reads as text (which may still be too long). */
    static boolean readable(JsonParser p, Decoding d) {
      JsonToken t = p.currentToken();
      return t == JsonToken.VALUE_STRING
          || (d.lenientScalars && t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL);
    }

    /** The text, unshared, or {@link Decoding#FAILED} (not text, or too long). */
    Object readText(JsonParser p, Decoding d) throws IOException {
      if (readable(p, d)) {
        String s = p.getText();
        if (s.length() > d.limits.maxStringLength()) {
          d.report(p, FormatCode.LIMIT, "", "", s, "is longer than " + d.limits.maxStringLength() + " characters");
          return Decoding.FAILED;
        }
        return s;
      }
      return wrongType(p, d, expected());
    }

    @Override
    boolean keyable() {
      return true;
    }

    @Override
    String key(Object value) {
      return (String) value;
    }

    @Override
    Object fromKey(String key) {
      return key;
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return schemaOf("type", "string");
    }

    @Override
    String expected() {
      return "text";
    }
  }

  static final class BooleanCodec extends Codec {
    static final BooleanCodec INSTANCE = new BooleanCodec();

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      g.writeBoolean((Boolean) value);
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
        return t == JsonToken.VALUE_TRUE;
      }
      return wrongType(p, d, expected());
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return schemaOf("type", "boolean");
    }

    @Override
    String expected() {
      return "true or false";
    }
  }

  static final class IntegralCodec extends Codec {
    private final boolean wide;

    IntegralCodec(boolean wide) {
      this.wide = wide;
    }

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      if (wide) {
        g.writeNumber((Long) value);
      } else {
        g.writeNumber((Integer) value);
      }
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return wrongType(p, d, expected());
      }
      JsonParser.NumberType n = p.getNumberType();
      if (n == JsonParser.NumberType.INT || (wide && n == JsonParser.NumberType.LONG)) {
        return wide ? (Object) p.getLongValue() : (Object) p.getIntValue();
      }
      d.report(p, ModelCode.OUT_OF_RANGE, "", "", p.getText(), "must be " + expected());
      return Decoding.FAILED;
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return wide ? schemaOf("type", "integer")
          : schemaOf("type", "integer", "minimum", Integer.MIN_VALUE, "maximum", Integer.MAX_VALUE);
    }

    @Override
    String expected() {
      return wide ? "a whole number of 64 bits" : "a whole number of 32 bits";
    }
  }

  static final class DoubleCodec extends Codec {
    static final DoubleCodec INSTANCE = new DoubleCodec();

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      writeValue((Double) value, g);
    }

    /** Writes {@code v}: a finite value as a number, another as the text {@code "NaN"} or {@code "±Infinity"}. */
    static void writeValue(double v, JsonGenerator g) throws IOException {
      if (Double.isFinite(v)) {
        write(v, g);
      } else {
        g.writeString(Double.toString(v));
      }
    }

    /**
     * Writes finite {@code v} in its shortest form, the same on every JDK: Jackson's own writer
     * (Schubfach), not {@code Double.toString}, which gives other digits on JDK 17 than on JDK 19 and
     * later for some values ({@code 2e23} is "1.9999999999999998E23" on 17). The YAML generator
     * ignores {@code StreamWriteFeature.USE_FAST_DOUBLE_WRITER}, so the text is made here.
     */
    static void write(double v, JsonGenerator g) throws IOException {
      g.writeNumber(text(v));
    }

    /** The most hundredths whose texts are kept: the values 0, 0.01, … 100. */
    private static final int HUNDREDTHS = 10_000;
    /** The texts of the values k / 100, made on first use (a race makes an equal string twice, no harm). */
    private static final String[] HUNDREDTH_TEXTS = new String[HUNDREDTHS + 1];

    /**
     * The shortest text of finite {@code v}: the same string as {@code NumberOutput.toString(v,
     * true)}, kept for the values k / 100 between 0 and 100, which levels, scores and scale bounds
     * take by the hundred thousand in a document, so that writing them makes nothing.
     */
    static String text(double v) {
      double k = Math.rint(v * 100);
      if (k >= 0 && k <= HUNDREDTHS && k / 100 == v
          && Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(-0.0)) {
        int i = (int) k;
        String t = HUNDREDTH_TEXTS[i];
        if (t == null) {
          t = NumberOutput.toString(i / 100.0, true);
          HUNDREDTH_TEXTS[i] = t;
        }
        return t;
      }
      return NumberOutput.toString(v, true);
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
        double v = p.getDoubleValue();
        if (!Double.isFinite(v)) {
          d.report(p, ModelCode.OUT_OF_RANGE, "", "", p.getText(), "is beyond the range of a double");
          return Decoding.FAILED;
        }
        return v;
      }
      if (t == JsonToken.VALUE_STRING) {
        String s = p.getText();
        if (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity")) {
          return Double.parseDouble(s);
        }
      }
      return wrongType(p, d, expected());
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      // a value the model allows to be unbounded (such as the maximum of a FAIR loss scale) is text
      return schemaOf("anyOf", List.of(schemaOf("type", "number"),
          schemaOf("enum", List.of("Infinity", "-Infinity", "NaN"))));
    }

    @Override
    String expected() {
      return "a number";
    }
  }

  static final class DecimalCodec extends Codec {
    static final DecimalCodec INSTANCE = new DecimalCodec();

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      g.writeNumber((BigDecimal) value);
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
        return p.getDecimalValue();
      }
      return wrongType(p, d, expected());
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return schemaOf("type", "number");
    }

    @Override
    String expected() {
      return "a number";
    }
  }

  /** A value written as text: dates, periods. */
  static final class TextCodec<T> extends Codec {
    private final Class<T> type;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final String what;
    private final @Nullable String schemaFormat;

    TextCodec(Class<T> type, Function<String, T> parse, Function<T, String> format, String what,
        @Nullable String schemaFormat) {
      this.type = type;
      this.parse = parse;
      this.format = format;
      this.what = what;
      this.schemaFormat = schemaFormat;
    }

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      g.writeString(format.apply(type.cast(value)));
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return wrongType(p, d, what);
      }
      String s = p.getText();
      try {
        return parse.apply(s);
      } catch (RuntimeException e) {
        d.report(p, FormatCode.WRONG_TYPE, "", "", s, "must be " + what);
        return Decoding.FAILED;
      }
    }

    @Override
    boolean keyable() {
      return true;
    }

    @Override
    String key(Object value) {
      return format.apply(type.cast(value));
    }

    @Override
    Object fromKey(String key) {
      try {
        return parse.apply(key);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("must be " + what, e);
      }
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return schemaFormat == null ? schemaOf("type", "string") : schemaOf("type", "string", "format", schemaFormat);
    }

    @Override
    String expected() {
      return what;
    }
  }

  /** Dates, {@code yyyy-mm-dd}; moved by {@link Decoding#dateShift} days when read. */
  static final class DateCodec extends Codec {
    private final TextCodec<LocalDate> text =
        new TextCodec<>(LocalDate.class, DateCodec::parse, LocalDate::toString, "a date (yyyy-mm-dd)", "date");

    /**
     * {@link LocalDate#parse} for the common {@code yyyy-mm-dd} text without the formatter's general
     * machinery (a document has dates by the hundred thousand); any other text, and an impossible
     * date, goes to {@link LocalDate#parse}, which accepts or refuses it as it always does.
     */
    static LocalDate parse(String s) {
      if (s.length() == 10) {
        LocalDate fast = parse(s.toCharArray(), 0);
        if (fast != null) {
          return fast;
        }
      }
      return LocalDate.parse(s);
    }

    /**
     * The date of the ten characters {@code c[offset, offset + 10)} if they are a common {@code
     * yyyy-mm-dd} date that {@link #parse(String)} reads without {@link LocalDate#parse}; null
     * otherwise (the text then goes to {@link #parse(String)}). Reads a document's dates without
     * making a string of each.
     */
    static @Nullable LocalDate parse(char[] c, int offset) {
      if (c[offset + 4] != '-' || c[offset + 7] != '-') {
        return null;
      }
      int y = digits(c, offset, offset + 4);
      int m = digits(c, offset + 5, offset + 7);
      int d = digits(c, offset + 8, offset + 10);
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= java.time.Month.of(m).length(Year.isLeap(y)))) {
        return LocalDate.of(y, m, d);
      }
      return null;
    }

    /** The decimal number of {@code c[from, to)}; -1 unless all are digits. */
    private static int digits(char[] c, int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        char x = c[i];
        if (x < '0' || x > '9') {
          return -1;
        }
        n = n * 10 + (x - '0');
      }
      return n;
    }

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      LocalDate date = (LocalDate) value;
      int y = date.getYear();
      if (y < 0 || y > 9999) {
        text.write(value, g);
        return;
      }
      // LocalDate.toString's text for a four-digit year, without its builder and string
      char[] c = new char[10];
      int m = date.getMonthValue();
      int d = date.getDayOfMonth();
      c[0] = (char) ('0' + y / 1000);
      c[1] = (char) ('0' + y / 100 % 10);
      c[2] = (char) ('0' + y / 10 % 10);
      c[3] = (char) ('0' + y % 10);
      c[4] = '-';
      c[5] = (char) ('0' + m / 10);
      c[6] = (char) ('0' + m % 10);
      c[7] = '-';
      c[8] = (char) ('0' + d / 10);
      c[9] = (char) ('0' + d % 10);
      g.writeString(c, 0, 10);
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      Object v = null;
      if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 10) {
        v = parse(p.getTextCharacters(), p.getTextOffset());
      }
      if (v == null) {
        v = text.read(p, d);
      }
      if (v == Decoding.FAILED || d.dateShift == 0) {
        return v;
      }
      try {
        return ((LocalDate) v).plusDays(d.dateShift);
      } catch (java.time.DateTimeException e) {
        d.report(p, ModelCode.DATE_UNSUPPORTED, "", "", v, "cannot be moved by " + d.dateShift + " days");
        return Decoding.FAILED;
      }
    }

    @Override
    boolean keyable() {
      return true;
    }

    @Override
    String key(Object value) {
      return text.key(value);
    }

    @Override
    Object fromKey(String key) {
      return text.fromKey(key);
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return text.schema(s);
    }

    @Override
    String expected() {
      return text.expected();
    }
  }

  static final class EnumCodec extends Codec {
    private final Map<String, Object> byName = new LinkedHashMap<>();
    private final String typeName;
    /** By ordinal: each constant, its name's characters, and its name quoted in UTF-8 for writing. */
    private final Object[] constants;
    private final char[][] names;
    private final SerializableString[] written;

    EnumCodec(Class<?> type) {
      this.typeName = type.getSimpleName();
      this.constants = type.getEnumConstants();
      this.names = new char[constants.length][];
      this.written = new SerializableString[constants.length];
      for (int i = 0; i < constants.length; i++) {
        String name = ((Enum<?>) constants[i]).name();
        byName.put(name, constants[i]);
        names[i] = name.toCharArray();
        written[i] = new SerializedString(name);
      }
    }

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      g.writeString(written[((Enum<?>) value).ordinal()]);
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return wrongType(p, d, expected());
      }
      // found from the parser's characters, without a string: a document has enums by the hundred thousand
      char[] text = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      for (int i = 0; i < names.length; i++) {
        if (names[i].length == length && Arrays.equals(names[i], 0, length, text, offset, offset + length)) {
          return constants[i];
        }
      }
      d.report(p, FormatCode.WRONG_TYPE, "", "", p.getText(), "must be " + expected());
      return Decoding.FAILED;
    }

    @Override
    boolean keyable() {
      return true;
    }

    @Override
    String key(Object value) {
      return ((Enum<?>) value).name();
    }

    @Override
    Object fromKey(String key) {
      Object v = byName.get(key);
      if (v == null) {
        throw new IllegalArgumentException("must be " + expected());
      }
      return v;
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return s.ref(typeName, () -> schemaOf("enum", new ArrayList<>(byName.keySet())));
    }

    @Override
    String expected() {
      String names = String.join(", ", byName.keySet());
      return "one of the " + typeName + " names " + (names.length() > 200 ? names.substring(0, 200) + "…" : names);
    }
  }

  // ---- containers ------------------------------------------------------------------------------

  static final class OptionalCodec extends Codec {
    private final Codec element;

    OptionalCodec(Codec element) {
      this.element = element;
    }

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      Optional<?> o = (Optional<?>) value;
      if (o.isPresent()) {
        element.write(o.get(), g);
      } else {
        g.writeNull();
      }
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return Optional.empty();
      }
      Object v = element.read(p, d);
      return v == Decoding.FAILED ? v : Optional.of(v);
    }

    @Override
    boolean absent(Object value) {
      return ((Optional<?>) value).isEmpty();
    }

    @Override
    Object whenAbsent() {
      return Optional.empty();
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return element.schema(s);
    }

    @Override
    String expected() {
      return element.expected();
    }
  }

  static final class CollectionCodec extends Codec {
    private final Codec element;
    private final boolean set;
    private final boolean sorted;

    /** Whether a short list read is shared with an equal one read shortly before (see Decoding.recentList). */
    private final boolean shared;

    CollectionCodec(Codec element, boolean set, boolean sorted) {
      this.element = element;
      this.set = set;
      this.sorted = sorted;
      this.shared = !set
          && (element instanceof StringCodec || element instanceof EnumCodec || element instanceof WrapperCodec);
    }

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      Collection<?> c = (Collection<?>) value;
      g.writeStartArray(c, c.size());
      for (Object o : c) {
        element.write(o, g);
      }
      g.writeEndArray();
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return whenAbsent();
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return wrongType(p, d, expected());
      }
      int level = d.enter();
      int mark = d.elementsMark();
      try {
        return readElements(p, d, set ? (sorted ? new TreeSet<>() : new LinkedHashSet<>()) : null, level, mark);
      } finally {
        d.dropElements(mark);
        d.leave();
      }
    }

    /**
     * Reads the elements into {@code out} (a set), or, for a list ({@code out} null), onto the
     * read's stack of elements from {@code mark}, then makes the list of exactly them (a short list
     * of texts, ids or constants: the equal one read shortly before, if any), with no growing list
     * per array read.
     */
    private Object readElements(JsonParser p, Decoding d, @Nullable Collection<Object> out, int level, int mark)
        throws IOException {
      boolean failed = false;
      int n = 0;
      // the elements' places, for a problem the enclosing object's builder raises about one of them
      // (an entity's own problems are placed by its codec, so those of entities are not kept)
      boolean trace = !element.entity();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
        if (d.beyondLimit(p, ++n, false)) {
          return Decoding.FAILED;
        }
        if (trace) {
          d.trace(Decoding.ELEMENT, n - 1, level, p);
        }
        Object v = element.read(p, d);
        if (v == Decoding.FAILED) {
          failed = true;
        } else if (failed) {
          continue;
        } else if (out == null) {
          d.pushElement(v);
        } else if (!out.add(v)) {
          d.report(p, ModelCode.DUPLICATE, "", "", element.keyable() ? element.key(v) : null,
              "repeats an element of the set");
          failed = true;
        }
      }
      if (failed) {
        return Decoding.FAILED;
      }
      if (out != null) {
        return out;
      }
      return shared && n <= Decoding.SHARED_LIST ? d.recentList(mark) : d.elements(mark);
    }

    @Override
    boolean absent(Object value) {
      return ((Collection<?>) value).isEmpty();
    }

    @Override
    Object whenAbsent() {
      return set ? Set.of() : List.of();
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      Map<String, Object> m = schemaOf("type", "array", "items", element.schema(s));
      if (set) {
        m.put("uniqueItems", true);
      }
      return m;
    }

    @Override
    String expected() {
      return "an array";
    }
  }

  static final class MapCodec extends Codec {
    private final Codec keys;
    private final Codec values;
    private final boolean sorted;

    MapCodec(Codec keys, Codec values, boolean sorted) {
      if (!keys.keyable()) {
        throw new IllegalArgumentException("the ismskit format has no mapping for map keys of " + keys.expected());
      }
      this.keys = keys;
      this.values = values;
      this.sorted = sorted;
    }

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      Map<?, ?> m = (Map<?, ?>) value;
      g.writeStartObject(m);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(keys.key(e.getKey()));
        values.write(e.getValue(), g);
      }
      g.writeEndObject();
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return whenAbsent();
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return wrongType(p, d, expected());
      }
      Map<Object, Object> out = sorted ? new TreeMap<>() : new LinkedHashMap<>();
      boolean failed = false;
      int n = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (d.beyondLimit(p, ++n, true)) {
          return Decoding.FAILED;
        }
        Object k;
        try {
          k = keys.fromKey(name);
        } catch (InvalidValueException e) {
          d.reportModel(Decoding.pointer(p), p.currentTokenLocation(), e.problem(), "");
          failed = true;
          p.skipChildren();
          continue;
        } catch (IllegalArgumentException e) {
          d.report(p, FormatCode.WRONG_TYPE, "", "", name, "key " + e.getMessage());
          failed = true;
          p.skipChildren();
          continue;
        }
        // the values' parts are one level deeper than the entries of the map, which are not traced:
        // a problem about an entry is placed at the map
        d.enter();
        Object v;
        try {
          v = values.read(p, d);
        } finally {
          d.leave();
        }
        if (v == Decoding.FAILED) {
          failed = true;
        } else if (out.containsKey(k)) {
          d.report(p, FormatCode.DUPLICATE_FIELD, "", "", name, "repeats a key of the map");
          failed = true;
        } else {
          out.put(k, v);
        }
      }
      return failed ? Decoding.FAILED : out;
    }

    @Override
    boolean absent(Object value) {
      return ((Map<?, ?>) value).isEmpty();
    }

    @Override
    Object whenAbsent() {
      return Map.of();
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return schemaOf("type", "object", "additionalProperties", values.schema(s));
    }

    @Override
    String expected() {
      return "an object (a map)";
    }
  }

  // ---- records ---------------------------------------------------------------------------------

  /** A record of one component, written as that component: ids, levels, method ids. */
  static final class WrapperCodec extends Codec implements Initializable {
    private final Class<?> type;
    private @Nullable Codec inner;
    private @Nullable Function<Object, Object> accessor;
    private @Nullable Function<Object, Object> constructor;

    WrapperCodec(Class<?> type) {
      this.type = type;
    }

    @Override
    public void init() {
      RecordComponent c = type.getRecordComponents()[0];
      inner = of(c.getGenericType());
      accessor = function(handle(type, c.getAccessor()));
      constructor = function(constructor(type, new Class<?>[] {c.getType()}));
    }

    private Codec inner() {
      return java.util.Objects.requireNonNull(inner, "init");
    }

    Object unwrap(Object value) {
      return java.util.Objects.requireNonNull(accessor).apply(value);
    }

    Object wrap(Object value) {
      return java.util.Objects.requireNonNull(constructor).apply(value);
    }

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      inner().write(unwrap(value), g);
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      Codec in = inner();
      int slot = -1;
      int hash = 0;
      Object v;
      int length = in instanceof StringCodec && StringCodec.readable(p, d) ? p.getTextLength() : -1;
      if (length >= 0 && length <= d.limits.maxStringLength()) {
        // one instance per id read again soon, found from the parser's characters: see Decoding.recentId
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        hash = Decoding.hash(chars, offset, length);
        slot = d.idSlot(type, hash);
        Object id = d.recentId(slot, hash, type, chars, offset, length);
        if (id != null) {
          return id;
        }
        v = new String(chars, offset, length);
      } else {
        v = in instanceof StringCodec s ? s.readText(p, d) : in.read(p, d);
      }
      if (v == Decoding.FAILED) {
        return v;
      }
      try {
        Object id = wrap(v);
        if (slot >= 0) {
          d.rememberId(slot, hash, (String) v, id);
        }
        return id;
      } catch (InvalidValueException e) {
        d.reportModel(Decoding.pointer(p), p.currentTokenLocation(), e.problem(), "");
        return Decoding.FAILED;
      } catch (IllegalArgumentException e) {
        d.report(p, FormatCode.WRONG_TYPE, type.getSimpleName(), "", v,
            "must be a " + type.getSimpleName() + ": " + e.getMessage());
        return Decoding.FAILED;
      }
    }

    @Override
    boolean keyable() {
      return inner().keyable();
    }

    @Override
    String key(Object value) {
      return inner().key(unwrap(value));
    }

    @Override
    Object fromKey(String key) {
      return wrap(inner().fromKey(key));
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return s.ref(type.getSimpleName(), () -> inner().schema(s));
    }

    @Override
    String expected() {
      return inner().expected() + " (" + type.getSimpleName() + ")";
    }
  }

  static MethodHandle constructor(Class<?> type, Class<?>[] params) {
    try {
      return MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, params));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("cannot reach the canonical constructor of " + type.getName() + ": " + e, e);
    }
  }

  /** A property of an object: its name, codec and how to get and set it. */
  static final class Property {
    final String name;
    final SerializableString serialized;
    final Type type;
    final Function<Object, Object> getter;
    /** For an accessor of a primitive {@code double}: the getter without boxing, else null. */
    final @Nullable ToDoubleFunction<Object> doubleGetter;
    final @Nullable BiFunction<Object, Object, Object> setter;
    @Nullable Codec codec;
    /**
     * For an optional attribute of an Immutables value whose builder also takes the element itself:
     * the element's codec and that setter, so that a value read is set without an {@code Optional}
     * made for it (see ObjectCodec.construct); else null.
     */
    @Nullable Codec element;
    @Nullable BiFunction<Object, Object, Object> elementSetter;

    Property(String name, Type type, MethodHandle getter, @Nullable MethodHandle setter) {
      // interned, as Jackson's JSON parsers intern field names: see PropertiesCodec.propertyAt
      this.name = name.intern();
      this.serialized = new SerializedString(name);
      this.type = type;
      this.getter = function(getter);
      this.doubleGetter = getter.type().returnType() == double.class ? doubleFunction(getter) : null;
      this.setter = setter == null ? null : biFunction(setter);
    }

    Codec codec() {
      return java.util.Objects.requireNonNull(codec, "init");
    }

    Object get(Object target) {
      return getter.apply(target);
    }

    void set(Object builder, Object value) {
      Object ignored = java.util.Objects.requireNonNull(setter).apply(builder, value);
    }
  }

  /** An object of named properties: an Immutables value or a record of several components. */
  abstract static class PropertiesCodec extends Codec implements Initializable {
    final Class<?> type;
    final String typeName;
    Property[] properties = new Property[0];
    Map<String, Integer> index = Map.of();
    boolean[] required = new boolean[0];
    int idIndex = -1;

    PropertiesCodec(Class<?> type) {
      this.type = type;
      this.typeName = type.getSimpleName();
    }

    final void index() {
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i < properties.length; i++) {
        m.put(properties[i].name, i);
        if (properties[i].name.equals("id")) {
          idIndex = i;
        }
      }
      index = m;
    }

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      for (Property p : properties) {
        Codec c = p.codec();
        ToDoubleFunction<Object> number = p.doubleGetter;
        if (number != null && c == DoubleCodec.INSTANCE) {
          g.writeFieldName(p.serialized);
          DoubleCodec.writeValue(number.applyAsDouble(value), g);
          continue;
        }
        Object v = p.get(value);
        if (!c.absent(v)) {
          g.writeFieldName(p.serialized);
          c.write(v, g);
        }
      }
      g.writeEndObject();
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return wrongType(p, d, expected());
      }
      // each value's place is traced, for a problem the builder raises about it (see Decoding.trace)
      int mark = d.mark();
      int level = d.enter();
      try {
        return readProperties(p, d, mark, level);
      } finally {
        d.leave();
      }
    }

    private Object readProperties(JsonParser p, Decoding d, int mark, int level) throws IOException {
      long at = Decoding.position(p);
      Object[] values = new Object[properties.length];
      boolean failed = false;
      String id = "";
      @Nullable Set<String> unknown = null;
      int expected = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        int i = propertyAt(name, expected);
        if (i < 0) {
          if (unknown == null) {
            unknown = new HashSet<>();
          }
          if (!unknown.add(name)) {
            d.report(p, FormatCode.DUPLICATE_FIELD, typeName, id, null, "repeats a field of the object");
            failed = true;
          } else if (d.strict) {
            d.report(p, FormatCode.UNKNOWN_FIELD, typeName, id, null,
                "is not a field of " + typeName + " (fields: " + String.join(", ", fieldNames()) + ")");
            failed = true;
          }
          p.skipChildren();
          continue;
        }
        if (values[i] != null) {
          d.report(p, FormatCode.DUPLICATE_FIELD, typeName, id, null, "repeats a field of the object");
          failed = true;
          p.skipChildren();
          continue;
        }
        expected = i + 1;
        d.trace(this, i, level, p);
        Property property = properties[i];
        Codec element = property.element;
        // an optional's element where the builder takes it as it is (see ObjectCodec.construct)
        Object v = element != null && p.currentToken() != JsonToken.VALUE_NULL
            ? element.read(p, d) : property.codec().read(p, d);
        values[i] = v;
        if (v == Decoding.FAILED) {
          failed = true;
        } else if (i == idIndex) {
          id = v instanceof EntityId e ? e.value() : String.valueOf(v);
        }
      }
      // the parser stands on END_OBJECT: its context is the parent's, which points at this object
      String pointer = "";
      boolean pointerKnown = false;
      for (int i = 0; i < properties.length; i++) {
        if (values[i] == null) {
          Object dflt = properties[i].codec().whenAbsent();
          if (dflt != null) {
            values[i] = dflt;
          } else if (required[i]) {
            if (!pointerKnown) {
              pointer = Decoding.pointer(p);
              pointerKnown = true;
            }
            d.report(pointer + "/" + properties[i].name, Decoding.location(at), ModelCode.REQUIRED, typeName, id, null,
                typeName + (id.isEmpty() ? "" : " " + io.ismskit.core.base.Text.shorten(id)) + ": "
                    + properties[i].name + " is required");
            failed = true;
          }
        }
      }
      if (failed) {
        d.truncate(mark);
        return Decoding.FAILED;
      }
      try {
        Object built = construct(values);
        if (idIndex >= 0 && !id.isEmpty()) {
          d.entity(typeName, id, Decoding.pointer(p), at);
        }
        if (idIndex >= 0) {
          d.truncate(mark); // a problem the parent raises is not placed inside an entity
        }
        return built;
      } catch (InvalidValueException e) {
        Problem problem = e.problem();
        String field = fieldPointer(problem.field());
        // at the value the problem is about, if it was read; a missing one at this object
        long fieldAt = d.locate(field, mark, level, this);
        d.reportModel(Decoding.pointer(p) + field, Decoding.location(fieldAt == Decoding.NOWHERE ? at : fieldAt),
            problem, id);
        d.truncate(mark);
        return Decoding.FAILED;
      } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
        d.truncate(mark);
        d.report(Decoding.pointer(p), Decoding.location(at), FormatCode.WRONG_TYPE, typeName, id, null,
            typeName + " refused the values: " + io.ismskit.core.base.Text.shorten(String.valueOf(e.getMessage())));
        return Decoding.FAILED;
      }
    }

    @Override
    boolean entity() {
      return idIndex >= 0;
    }

    /**
     * The position of property {@code name}, or -1 if this type has none of that name, trying
     * {@code expected} first: documents list an object's fields in the order this codec writes
     * them, and Jackson's JSON parsers intern field names, so one reference comparison usually
     * answers without hashing the name (YAML's names are not interned and take the map).
     */
    @SuppressWarnings("ReferenceEquality") // a fast path only: the map answers when it fails
    private int propertyAt(String name, int expected) {
      if (expected < properties.length && properties[expected].name == name) {
        return expected;
      }
      return propertyIndex(name);
    }

    /** The position of property {@code name}, or -1 if this type has none of that name. */
    int propertyIndex(String name) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }

    List<String> fieldNames() {
      List<String> names = new ArrayList<>();
      for (Property p : properties) {
        names.add(p.name);
      }
      return names;
    }

    /** Builds the value from every property's value ({@code null} for one left out with no default). */
    abstract Object construct(@Nullable Object[] values);

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return s.ref(typeName, () -> {
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> req = new ArrayList<>();
        for (int i = 0; i < properties.length; i++) {
          props.put(properties[i].name, properties[i].codec().schema(s));
          if (required[i]) {
            req.add(properties[i].name);
          }
        }
        Map<String, Object> m = schemaOf("type", "object", "properties", props);
        if (!req.isEmpty()) {
          m.put("required", req);
        }
        m.put("additionalProperties", false);
        return m;
      });
    }

    @Override
    String expected() {
      return "an object (" + typeName + ")";
    }
  }

  /** A model problem's field, such as {@code "treatment.controls[2]"}, as a JSON pointer suffix. */
  static String fieldPointer(String field) {
    if (field.isEmpty() || field.startsWith("/")) {
      return field;
    }
    return "/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
  }

  static final class RecordCodec extends PropertiesCodec {
    private @Nullable MethodHandle constructor;

    RecordCodec(Class<?> type) {
      super(type);
    }

    @Override
    public void init() {
      RecordComponent[] rc = type.getRecordComponents();
      Property[] props = new Property[rc.length];
      Class<?>[] params = new Class<?>[rc.length];
      required = new boolean[rc.length];
      for (int i = 0; i < rc.length; i++) {
        props[i] = new Property(rc[i].getName(), rc[i].getGenericType(), handle(type, rc[i].getAccessor()), null);
        params[i] = rc[i].getType();
      }
      properties = props;
      index();
      for (int i = 0; i < rc.length; i++) {
        props[i].codec = of(props[i].type);
        required[i] = props[i].codec().whenAbsent() == null;
      }
      constructor = constructor(type, params).asSpreader(Object[].class, rc.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    }

    @Override
    Object construct(@Nullable Object[] values) {
      try {
        return (Object) java.util.Objects.requireNonNull(constructor).invokeExact(values);
      } catch (Throwable t) {
        throw sneaky(t);
      }
    }
  }

  /** An Immutables value: read through its builder, written through its accessors. */
  static final class ObjectCodec extends PropertiesCodec {
    private static final Pattern SETTER = Pattern.compile("(\\w+)\\(");
    private @Nullable MethodHandle builder;
    private @Nullable Function<Object, Object> build;

    ObjectCodec(Class<?> type) {
      super(type);
    }

    @Override
    public void init() {
      Method factory = java.util.Objects.requireNonNull(builderMethod(type));
      Class<?> builderType = factory.getReturnType();
      MethodHandle make = handle(type, factory).asType(MethodType.methodType(Object.class));
      Function<Object, Object> finish;
      try {
        finish = function(handle(builderType, builderType.getMethod("build")));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
      List<Property> props = new ArrayList<>();
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.isBridge() || m.isSynthetic()
            || m.getDeclaringClass() == Object.class) {
          continue;
        }
        Method setter = setter(builderType, m);
        if (setter != null) {
          props.add(new Property(m.getName(), m.getGenericReturnType(), handle(type, m), handle(builderType, setter)));
        }
      }
      props.sort(Comparator.comparing((Property p) -> !p.name.equals("id")).thenComparing(p -> p.name));
      properties = props.toArray(new Property[0]);
      index();
      this.builder = make;
      this.build = finish;
      for (Property p : properties) {
        p.codec = of(p.type);
        if (p.codec instanceof OptionalCodec optional && p.type instanceof ParameterizedType pt
            && pt.getActualTypeArguments()[0] instanceof Class<?> element) {
          try {
            p.elementSetter = biFunction(handle(builderType, builderType.getMethod(p.name, element)));
            p.element = optional.element;
          } catch (NoSuchMethodException e) {
            // the builder takes only the optional: the value is read as one
          }
        }
      }
      required = requiredProperties();
    }

    private static @Nullable Method setter(Class<?> builderType, Method accessor) {
      Class<?> raw = accessor.getReturnType();
      Method best = null;
      for (Method s : builderType.getMethods()) {
        if (s.getName().equals(accessor.getName()) && s.getParameterCount() == 1 && !s.isBridge()
            && !Modifier.isStatic(s.getModifiers()) && s.getParameterTypes()[0].isAssignableFrom(raw)
            && (best == null || best.getParameterTypes()[0].isAssignableFrom(s.getParameterTypes()[0]))) {
          best = s;
        }
      }
      return best;
    }

    /** The attributes an empty builder reports missing: those without a default. */
    private boolean[] requiredProperties() {
      boolean[] req = new boolean[properties.length];
      try {
        Object ignored = java.util.Objects.requireNonNull(build).apply(newBuilder());
      } catch (InvalidValueException e) {
        if (e.problem().code() == ModelCode.REQUIRED) {
          mark(req, e.problem().field());
          String message = e.problem().message();
          int also = message.indexOf("(also required:");
          if (also >= 0) {
            Matcher m = SETTER.matcher(message.substring(also + "(also required:".length()));
            while (m.find()) {
              mark(req, m.group(1));
            }
          }
        }
      } catch (Throwable t) {
        // a check that fails on an empty value: no required attributes can be told apart; build() reports them
        return req;
      }
      return req;
    }

    private void mark(boolean[] req, String name) {
      Integer i = index.get(name);
      if (i != null) {
        req[i] = true;
      }
    }

    private Object newBuilder() {
      try {
        return (Object) java.util.Objects.requireNonNull(builder).invokeExact();
      } catch (Throwable t) {
        throw sneaky(t);
      }
    }

    @Override
    Object construct(@Nullable Object[] values) {
      Object b = newBuilder();
      for (int i = 0; i < properties.length; i++) {
        Object v = values[i];
        if (v != null) {
          Property property = properties[i];
          BiFunction<Object, Object, Object> plain = property.elementSetter;
          if (plain != null && !(v instanceof Optional)) {
            Object ignored = plain.apply(b, v); // the element of an optional, read without its Optional
          } else {
            property.set(b, v);
          }
        }
      }
      return java.util.Objects.requireNonNull(build).apply(b);
    }
  }

  // ---- sealed types ----------------------------------------------------------------------------

  /** A sealed type: a one-field object whose name is the subtype's simple name. */
  static final class SealedCodec extends Codec implements Initializable {
    private final Class<?> type;
    private final Map<String, Codec> byName = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    SealedCodec(Class<?> type) {
      this.type = type;
    }

    @Override
    public void init() {
      Class<?>[] subs = type.getPermittedSubclasses();
      Arrays.sort(subs, Comparator.comparing(Class::getSimpleName));
      for (Class<?> s : subs) {
        names.put(s, s.getSimpleName());
        byName.put(s.getSimpleName(), of(s));
      }
    }

    /**
     * The sealed type that permits {@code c}, or the nearest of its superclasses that is permitted
     * (the class Immutables generates, an enum constant's body); null if there is none.
     */
    static @Nullable Class<?> permitting(Class<?> c) {
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        List<Class<?>> supertypes = new ArrayList<>(Arrays.asList(k.getInterfaces()));
        supertypes.add(k.getSuperclass());
        for (Class<?> s : supertypes) {
          if (s != null && s.isSealed() && !s.isEnum() && Arrays.asList(s.getPermittedSubclasses()).contains(k)) {
            return s;
          }
        }
      }
      return null;
    }

    /** The name of the permitted subtype {@code c} is or extends, or null. */
    private @Nullable String nameOf(Class<?> c) {
      String name = null;
      for (Class<?> k = c; name == null && k != null; k = k.getSuperclass()) {
        name = names.get(k);
      }
      return name;
    }

    @Override
    void write(Object value, JsonGenerator g) throws IOException {
      Class<?> c = value.getClass();
      String name = nameOf(c);
      if (name == null) {
        throw new IllegalArgumentException("not a permitted subtype of " + type.getName() + ": " + c.getName());
      }
      g.writeStartObject();
      g.writeFieldName(name);
      java.util.Objects.requireNonNull(byName.get(name)).write(value, g);
      g.writeEndObject();
    }

    @Override
    Object read(JsonParser p, Decoding d) throws IOException {
      return read(p, d, type);
    }

    /**
     * Reads a value of {@code only}, this sealed type or one of its permitted subtypes, in this
     * type's form: with a permitted subtype, a field naming another subtype is a problem.
     */
    Object read(JsonParser p, Decoding d, Class<?> only) throws IOException {
      String onlyName = only == type ? null : nameOf(only);
      String choices = onlyName == null ? "one of " + byName.keySet() : onlyName;
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return wrongType(p, d, "an object with one field, " + choices);
      }
      Object result = Decoding.FAILED;
      int n = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        Codec c = byName.get(name);
        if (n++ > 0 || c == null) {
          d.report(p, FormatCode.WRONG_TYPE, "", "", name, "must be the only field, " + choices);
          p.skipChildren();
          result = Decoding.FAILED;
          continue;
        }
        if (onlyName != null && !onlyName.equals(name)) {
          d.report(p, FormatCode.WRONG_TYPE, "", "", name,
              "must be " + onlyName + ", the kind of " + type.getSimpleName() + " read here");
          p.skipChildren();
          result = Decoding.FAILED;
          continue;
        }
        d.enter(); // the subtype's name is not traced: a problem inside is placed at the sealed value
        try {
          result = c.read(p, d);
        } finally {
          d.leave();
        }
      }
      if (n == 0) {
        d.report(p, FormatCode.WRONG_TYPE, "", "", null, "must have one field, " + choices);
      }
      return result;
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return s.ref(type.getSimpleName(), () -> {
        List<Object> alternatives = new ArrayList<>();
        for (Map.Entry<String, Codec> e : byName.entrySet()) {
          alternatives.add(schemaOf("type", "object", "properties", schemaOf(e.getKey(), e.getValue().schema(s)),
              "required", List.of(e.getKey()), "additionalProperties", false));
        }
        return schemaOf("oneOf", alternatives);
      });
    }

    @Override
    String expected() {
      return "an object with one field, one of " + byName.keySet();
    }
  }

  /** Collects the {@code $defs} of a JSON Schema, one per named model type. */
  static final class SchemaBuilder {
    final Map<String, Object> defs = new TreeMap<>();

    Map<String, Object> ref(String name, java.util.function.Supplier<Map<String, Object>> definition) {
      if (!defs.containsKey(name)) {
        defs.put(name, Map.of()); // in progress: a type that refers to itself gets its $ref
        defs.put(name, definition.get());
      }
      return schemaOf("$ref", "#/$defs/" + name);
    }

    static String lower(String s) {
      return s.toLowerCase(Locale.ROOT);
    }
  }
}

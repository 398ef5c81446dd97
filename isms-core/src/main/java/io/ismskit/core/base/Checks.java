package io.ismskit.core.base;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The local-invariant checks of the model's factories, records and builders, and the one place
 * where their refusals are made: every check throws an {@link InvalidValueException} whose {@link
 * Problem} has a {@link ModelCode}, the type and field, the offending value {@linkplain
 * Text#shorten(Object) shortened and escaped}, and a message of the form {@code
 * "Type.field: reason, was 'value'"}.
 *
 * <p>Meant for the model's own types and for hosts that build values of their own in the same
 * style; it reads nothing and keeps no state.
 */
public final class Checks {
  /** Collections up to this size are checked for repeats by comparing pairs, larger ones with a set. */
  static final int SMALL = 8;

  /** The longest id. */
  private static final int ID_MAX = 128;

  private Checks() {}

  /**
   * The exception for a value of {@code type.field} refused with {@code code} because of {@code
   * reason}; the message ends with {@code ", was 'value'"} unless {@code value} is {@code null}.
   */
  public static InvalidValueException refusal(
      ModelCode code, String type, String field, @Nullable Object value, String reason) {
    String v = value == null ? "" : Text.shorten(value);
    StringBuilder m = new StringBuilder(type.length() + field.length() + reason.length() + v.length() + 12);
    if (!type.isEmpty()) {
      m.append(type);
      if (!field.isEmpty()) {
        m.append('.');
      }
    }
    m.append(field).append(": ").append(reason);
    if (value != null) {
      m.append(", was '").append(v).append('\'');
    }
    return new InvalidValueException(new Problem(code, type, "", field, v, m.toString()));
  }

  /** Refuses a malformed identifier: 1..128 letters, digits and {@code . _ : / -}, starting with a letter or digit. */
  public static String id(String type, String value) {
    Objects.requireNonNull(value, () -> type + ".value: must not be null");
    if (!isId(value)) {
      throw refusal(ModelCode.MALFORMED, type, "value", value,
          "expected 1..128 letters, digits and . _ : / -, starting with a letter or digit");
    }
    return value;
  }

  /**
   * Whether {@code value} is an id: 1..128 ASCII letters, digits and {@code . _ : / -}, starting
   * with a letter or digit (the regular expression {@code [A-Za-z0-9][A-Za-z0-9._:/-]{0,127}},
   * checked by a loop: ids are read by the hundred thousand).
   */
  static boolean isId(String value) {
    int n = value.length();
    if (n == 0 || n > ID_MAX || !letterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!letterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Refuses a text that does not match {@code pattern}, described as {@code expected}. */
  public static String matches(String type, String field, String value, Pattern pattern, String expected) {
    Objects.requireNonNull(value, () -> type + "." + field + ": must not be null");
    if (!pattern.matcher(value).matches()) {
      throw refusal(ModelCode.MALFORMED, type, field, value, "expected " + expected);
    }
    return value;
  }

  /**
   * Refuses a blank text: empty, white space, or only characters that show nothing (zero-width
   * and no-break spaces, control and format characters); see {@link Text#hasVisible(String)}.
   */
  public static String notBlank(String type, String field, String value) {
    Objects.requireNonNull(value, () -> type + "." + field + ": must not be null");
    if (!Text.hasVisible(value)) {
      throw refusal(ModelCode.BLANK, type, field, value, "must not be blank");
    }
    return value;
  }

  /** Refuses an optional text that is present but blank. */
  public static void notBlank(String type, String field, Optional<String> value) {
    value.ifPresent(v -> notBlank(type, field, v));
  }

  /** Refuses a value outside {@code [min, max]}. */
  public static int range(String type, String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw refusal(ModelCode.OUT_OF_RANGE, type, field, value, "must be in " + min + ".." + max);
    }
    return value;
  }

  /** Refuses a value outside {@code [min, max]}, NaN and infinities. */
  public static double range(String type, String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw refusal(Double.isFinite(value) ? ModelCode.OUT_OF_RANGE : ModelCode.NOT_FINITE, type, field, value,
          "must be in " + min + ".." + max);
    }
    return value;
  }

  /** Refuses NaN and infinities. */
  public static double finite(String type, String field, double value) {
    if (!Double.isFinite(value)) {
      throw refusal(ModelCode.NOT_FINITE, type, field, value, "must be a finite number");
    }
    return value;
  }

  /** Refuses a negative or non-finite value. */
  public static double nonNegative(String type, String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw refusal(Double.isFinite(value) ? ModelCode.OUT_OF_RANGE : ModelCode.NOT_FINITE, type, field, value,
          "must be a finite number >= 0");
    }
    return value;
  }

  /** Refuses a date outside the {@linkplain Dates supported range}. */
  public static LocalDate date(String type, String field, LocalDate value) {
    Objects.requireNonNull(value, () -> type + "." + field + ": must not be null");
    if (!Dates.supported(value)) {
      throw refusal(ModelCode.DATE_UNSUPPORTED, type, field, value,
          "must be a date from " + Dates.MIN + " to " + Dates.MAX);
    }
    return value;
  }

  /** Refuses an optional date that is present and outside the {@linkplain Dates supported range}. */
  public static void date(String type, String field, Optional<LocalDate> value) {
    value.ifPresent(v -> date(type, field, v));
  }

  /** Refuses a zero, negative or {@linkplain Dates#supported(Period) unsupported} period. */
  public static Period positive(String type, String field, Period value) {
    Objects.requireNonNull(value, () -> type + "." + field + ": must not be null");
    if (value.isNegative() || value.isZero()) {
      throw refusal(ModelCode.PERIOD_NOT_POSITIVE, type, field, value, "must be a positive period");
    }
    if (!Dates.supported(value)) {
      throw refusal(ModelCode.PERIOD_UNSUPPORTED, type, field, value,
          "must be at most " + Dates.MAX_PERIOD_YEARS + " years");
    }
    return value;
  }

  /** Refuses an optional period that is present and not positive or unsupported; see {@link #positive(String, String, Period)}. */
  public static void positive(String type, String field, Optional<Period> value) {
    value.ifPresent(v -> positive(type, field, v));
  }

  /** Refuses an {@code end} before {@code start}. */
  public static void order(String type, String startField, LocalDate start, String endField, LocalDate end) {
    if (end.isBefore(start)) {
      throw refusal(ModelCode.DATE_ORDER, type, endField, end, "must not be before " + startField + " " + start);
    }
  }

  /** Refuses an optional {@code end} before {@code start}. */
  public static void order(
      String type, String startField, LocalDate start, String endField, Optional<LocalDate> end) {
    end.ifPresent(e -> order(type, startField, start, endField, e));
  }

  /** Refuses an empty collection. */
  public static void notEmpty(String type, String field, Collection<?> values) {
    if (values.isEmpty()) {
      throw refusal(ModelCode.EMPTY, type, field, null, "must not be empty");
    }
  }

  /** Refuses a collection that holds the same element twice, naming the first repeated one. */
  public static void distinct(String type, String field, Collection<?> values) {
    int n = values.size();
    if (n < 2) {
      return;
    }
    if (n <= SMALL) {
      // most lists of a model value hold a few elements: compared in place, without a set (every
      // value built runs this for each of its lists; the sets were 28 MB of each read of 100,000 risks)
      Object[] a = values.toArray();
      for (int j = 1; j < a.length; j++) {
        for (int i = 0; i < j; i++) {
          if (java.util.Objects.equals(a[i], a[j])) {
            throw refusal(ModelCode.DUPLICATE, type, field, a[j], "must not hold an element twice");
          }
        }
      }
      return;
    }
    var seen = new HashSet<Object>();
    for (Object v : values) {
      if (!seen.add(v)) {
        throw refusal(ModelCode.DUPLICATE, type, field, v, "must not hold an element twice");
      }
    }
  }

  /**
   * Refuses values whose attributes contradict each other, such as a DONE action without a
   * completion date.
   *
   * @param value the offending value of {@code field}, or {@code null} when it is missing
   * @param reason what is wrong and what to do, such as {@code "is required when status is DONE"}
   */
  public static void consistent(
      boolean ok, String type, String field, @Nullable Object value, String reason) {
    if (!ok) {
      throw refusal(ModelCode.INCONSISTENT, type, field, value, reason);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The problem of a build that left out required attributes. The type being built is found on
   * the call stack: the generated builder ({@code ImmutableX.Builder}) whose value type {@code X}
   * declares the attributes; the message names each attribute with its type, as in {@code
   * "Risk.owner: is required; set it with owner(PersonId)"}.
   */
  static Problem missing(String... attributes) {
    Optional<Class<?>> builder = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.<Class<?>>map(StackWalker.StackFrame::getDeclaringClass)
            .filter(Checks::generatedBuilder)
            .findFirst());
    Class<?> type = builder.isPresent()
        ? Objects.requireNonNull(builder.get().getEnclosingClass()).getSuperclass()
        : Object.class;
    String name = type == Object.class ? "value" : type.getSimpleName();
    List<String> setters = new ArrayList<>(attributes.length);
    for (String a : attributes) {
      setters.add(a + "(" + attributeType(type, a) + ")");
    }
    String field = attributes.length == 0 ? "" : attributes[0];
    String message = name + "." + field + ": is required; set it with " + (setters.isEmpty() ? "" : setters.get(0))
        + (setters.size() > 1 ? " (also required: " + String.join(", ", setters.subList(1, setters.size())) + ")"
            : "");
    return new Problem(ModelCode.REQUIRED, name, "", field, "", message);
  }

  private static boolean generatedBuilder(Class<?> c) {
    Class<?> outer = c.getEnclosingClass();
    return c.getSimpleName().equals("Builder") && outer != null && outer.getSimpleName().startsWith("Immutable");
  }

  private static String attributeType(Class<?> type, String attribute) {
    try {
      Method m = type.getMethod(attribute);
      return m.getReturnType().getSimpleName();
    } catch (NoSuchMethodException | SecurityException e) {
      return "..";
    }
  }
}

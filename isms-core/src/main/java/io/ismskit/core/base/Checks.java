package io.ismskit.core.base;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Local-invariant checks shared by the model's builders and records. Every failure message names
 * the type, the field and the offending value. Not part of the API.
 */
public final class Checks {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

  private Checks() {}

  /** Refuses a blank or malformed identifier. */
  public static String id(String type, String value) {
    if (value == null) {
      throw new NullPointerException(type + ".value: must not be null");
    }
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          type
              + ".value: invalid id '"
              + value
              + "': expected 1..128 characters of letters, digits and . _ : / -, starting with a letter or digit");
    }
    return value;
  }

  /** Refuses a blank string. */
  public static String notBlank(String type, String field, String value) {
    if (value == null) {
      throw new NullPointerException(type + "." + field + ": must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalStateException(type + "." + field + ": must not be blank, was '" + value + "'");
    }
    return value;
  }

  /** Refuses an optional string that is present but blank. */
  public static void notBlank(String type, String field, Optional<String> value) {
    value.ifPresent(v -> notBlank(type, field, v));
  }

  /** Refuses a value outside {@code [min, max]}. */
  public static int range(String type, String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalStateException(
          type + "." + field + ": must be in " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  /** Refuses a value outside {@code [min, max]}, NaN and infinities. */
  public static double range(String type, String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalStateException(
          type + "." + field + ": must be in " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  /** Refuses a negative or non-finite value. */
  public static double nonNegative(String type, String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalStateException(
          type + "." + field + ": must be a finite number >= 0, was " + value);
    }
    return value;
  }

  /** Refuses a zero or negative period. */
  public static Period positive(String type, String field, Period value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalStateException(type + "." + field + ": must be a positive period, was " + value);
    }
    return value;
  }

  /** Refuses an {@code end} before {@code start}. */
  public static void order(String type, String startField, LocalDate start, String endField, LocalDate end) {
    if (end.isBefore(start)) {
      throw new IllegalStateException(
          type + "." + endField + ": " + end + " is before " + startField + " " + start);
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
      throw new IllegalStateException(type + "." + field + ": must not be empty");
    }
  }

  /** Refuses a collection that holds the same element twice. */
  public static void distinct(String type, String field, Collection<?> values) {
    var seen = new HashSet<Object>();
    for (Object v : values) {
      if (!seen.add(v)) {
        throw new IllegalStateException(type + "." + field + ": duplicate element " + v);
      }
    }
  }

  /** Requires that two optionals are both present or both absent. */
  public static void together(
      String type, String field1, Optional<?> value1, String field2, Optional<?> value2) {
    if (value1.isPresent() != value2.isPresent()) {
      throw new IllegalStateException(
          type
              + "."
              + (value1.isPresent() ? field2 : field1)
              + ": must be given together with "
              + (value1.isPresent() ? field1 : field2));
    }
  }
}

package io.ismskit.risk.cvss;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Parsing and scoring of CVSS vector strings (v3.0, v3.1 and v4.0).
 *
 * <pre>{@code
 * Either<Problem, CvssVector> v = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
 * double s = Cvss.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"); // 9.3
 * }</pre>
 *
 * <p>Vector syntax accepted: the prefix {@code CVSS:3.0}, {@code CVSS:3.1} or {@code CVSS:4.0}, then
 * {@code /METRIC:VALUE} components, case-sensitive, with no surrounding whitespace. All base
 * metrics are required; every metric may appear once. CVSS v3.x metrics may come in any order
 * (FIRST's v3.1 calculator and JSON schema accept any order); CVSS v4.0 metrics must come in the
 * order of the specification (FIRST's v4.0 JSON schema and calculator enforce it).
 */
@SuppressWarnings("EnumOrdinal") // error kinds travel as ordinals in an int[]
public final class Cvss {
  private static final int PREFIX_LENGTH = 8; // "CVSS:3.1"
  private static final int V3_METRICS = Cvss3Metric.values().length;
  private static final int V4_METRICS = Cvss4Metric.values().length;

  private Cvss() {}

  /**
   * Parses a vector string.
   *
   * @param vector the vector string, not null
   * @return the vector, or the first error found: its code is one of {@link CvssCode}'s, its
   *     field the metric (or {@code prefix}, {@code vector}, {@code component N}) and its value
   *     the offending text
   */
  public static Either<Problem, CvssVector> parse(String vector) {
    Objects.requireNonNull(vector, "vector");
    CvssVersion version = version(vector);
    if (version == null) {
      return Either.left(prefixError(vector));
    }
    VectorScanner scanner = version == CvssVersion.V4_0 ? VectorScanner.V4 : VectorScanner.V3;
    byte[] values = new byte[scanner.metricCount()];
    int[] err = new int[VectorScanner.E_SIZE];
    if (!scanner.scan(vector, PREFIX_LENGTH, values, err)) {
      return Either.left(scanError(vector, version, scanner, err));
    }
    return Either.right(
        version == CvssVersion.V4_0 ? new Cvss4Vector(values) : new Cvss3Vector(version, values));
  }

  /**
   * Parses and scores a vector string in one pass, without building a vector object: the fast
   * path for bulk scoring.
   *
   * @param vector the vector string, not null
   * @return the score (see {@link #score(CvssVector)}), or {@link Double#NaN} when the vector is
   *     invalid; call {@link #parse(String)} to learn why
   */
  public static double score(String vector) {
    CvssVersion version = version(vector);
    if (version == null) {
      return Double.NaN;
    }
    if (version == CvssVersion.V4_0) {
      byte[] values = new byte[V4_METRICS];
      if (!VectorScanner.V4.scan(vector, PREFIX_LENGTH, values, null)) {
        return Double.NaN;
      }
      return Cvss4Scoring.scoreTenths(values, null) / 10.0;
    }
    byte[] values = new byte[V3_METRICS];
    if (!VectorScanner.V3.scan(vector, PREFIX_LENGTH, values, null)) {
      return Double.NaN;
    }
    return Cvss3Scoring.overall(values, version == CvssVersion.V3_1);
  }

  /**
   * The score that represents a vector. For CVSS v4.0 it is the single CVSS-B/BT/BE/BTE score.
   * For CVSS v3.x it is the environmental score when any environmental metric is defined, else
   * the temporal score when any temporal metric is defined, else the base score.
   *
   * @param vector the vector, not null
   * @return the score in {@code [0, 10]}, to one decimal place
   */
  public static double score(CvssVector vector) {
    Objects.requireNonNull(vector, "vector");
    if (vector instanceof Cvss4Vector v4) {
      return Cvss4Scoring.scoreTenths(v4.rawValues(), null) / 10.0;
    }
    Cvss3Vector v3 = (Cvss3Vector) vector;
    return Cvss3Scoring.overall(v3.rawValues(), v3.version() == CvssVersion.V3_1);
  }

  /** The severity rating of {@link #score(CvssVector)}. */
  public static CvssSeverity severity(CvssVector vector) {
    return CvssSeverity.of(score(vector));
  }

  // ---- internals ----

  /** Parses {@code vector} and refuses a vector of another version than {@code type}'s. */
  static <T extends CvssVector> Either<Problem, T> parseAs(String vector, Class<T> type, String expected) {
    return parse(vector).flatMap(v -> type.isInstance(v)
        ? Either.right(type.cast(v))
        : Either.left(Problem.ofField(CvssCode.UNSUPPORTED_VERSION, "prefix", v.version().prefix(),
            expected)));
  }

  /** A copy of {@code values} with {@code metric} set to value {@code index}, refusing an index out of range. */
  static byte[] withValueIndex(String type, CvssMetric metric, int ordinal, byte[] values, int index) {
    Objects.requireNonNull(metric, "metric");
    if (index < 0 || index >= metric.codes().size()) {
      throw new IllegalArgumentException(type + "." + metric + ": value index must be in 0.."
          + (metric.codes().size() - 1) + ", was " + index);
    }
    byte[] copy = values.clone();
    copy[ordinal] = (byte) index;
    return copy;
  }

  /** The index of value {@code code} of {@code metric}, refusing a code the metric does not allow. */
  static int valueIndexOf(String type, CvssMetric metric, String code) {
    int index = metric.codes().indexOf(code);
    if (index < 0) {
      throw new IllegalArgumentException(type + "." + metric + ": value must be one of " + metric.codes() + ", was '"
          + code + "'");
    }
    return index;
  }

  private static @org.jspecify.annotations.Nullable CvssVersion version(String s) {
    if (s.length() < PREFIX_LENGTH
        || !s.startsWith("CVSS:")
        || (s.length() > PREFIX_LENGTH && s.charAt(PREFIX_LENGTH) != '/')
        || s.charAt(6) != '.') {
      return null;
    }
    char major = s.charAt(5);
    char minor = s.charAt(7);
    if (major == '3' && minor == '1') {
      return CvssVersion.V3_1;
    } else if (major == '3' && minor == '0') {
      return CvssVersion.V3_0;
    } else if (major == '4' && minor == '0') {
      return CvssVersion.V4_0;
    }
    return null;
  }

  private static Problem prefixError(String vector) {
    if (vector.isBlank()) {
      return Problem.ofField(
          CvssCode.EMPTY_VECTOR, "vector", vector, "must not be empty");
    }
    int slash = vector.indexOf('/');
    String head = slash < 0 ? vector : vector.substring(0, slash);
    if (!vector.startsWith("CVSS:")) {
      return Problem.ofField(
          CvssCode.BAD_PREFIX,
          "prefix",
          head,
          "must start with 'CVSS:3.0/', 'CVSS:3.1/' or 'CVSS:4.0/'");
    }
    return Problem.ofField(
        CvssCode.UNSUPPORTED_VERSION,
        "prefix",
        head,
        "unsupported CVSS version, expected 3.0, 3.1 or 4.0");
  }

  private static Problem scanError(
      String vector, CvssVersion version, VectorScanner scanner, int[] err) {
    CvssCode kind = CvssCode.values()[err[VectorScanner.E_KIND]];
    int component = err[VectorScanner.E_COMPONENT];
    int start = err[VectorScanner.E_START];
    int end = err[VectorScanner.E_END];
    String text = vector.substring(start, end);
    String where = "component " + component + " at index " + start;
    String cvss = "CVSS " + version.label();
    return switch (kind) {
      case TRAILING_SLASH -> Problem.ofField(kind, "vector", vector, "must not end with '/'");
      case EMPTY_COMPONENT ->
          Problem.ofField(
              kind,
              "component " + component,
              text,
              "empty metric component at index " + start);
      case MALFORMED_COMPONENT ->
          Problem.ofField(
              kind, "component " + component, text, "expected METRIC:VALUE at index " + start);
      case UNKNOWN_METRIC ->
          Problem.ofField(
              kind,
              Text.shorten(vector.substring(start, err[VectorScanner.E_VALUE_START])),
              text,
              "unknown " + cvss + " metric (" + where + ")");
      case DUPLICATE_METRIC ->
          Problem.ofField(
              kind,
              metric(scanner, err).abbreviation(),
              text,
              "metric given more than once (" + where + ")");
      case METRIC_OUT_OF_ORDER ->
          Problem.ofField(
              kind,
              metric(scanner, err).abbreviation(),
              text,
              "out of order: "
                  + cvss
                  + " requires "
                  + metric(scanner, err).abbreviation()
                  + " before "
                  + scanner.metrics.get(err[VectorScanner.E_OTHER]).abbreviation()
                  + " ("
                  + where
                  + ")");
      case INVALID_VALUE ->
          Problem.ofField(
              kind,
              metric(scanner, err).abbreviation(),
              vector.substring(err[VectorScanner.E_VALUE_START], end),
              "invalid value, expected one of "
                  + String.join(", ", metric(scanner, err).codes())
                  + " ("
                  + where
                  + ")");
      case MISSING_METRIC ->
          Problem.ofField(
              kind,
              metric(scanner, err).abbreviation(),
              "",
              "mandatory " + cvss + " base metric (" + metric(scanner, err).title() + ") is missing");
      case EMPTY_VECTOR, BAD_PREFIX, UNSUPPORTED_VERSION ->
          throw new IllegalStateException("not a scanner error: " + kind);
    };
  }

  private static CvssMetric metric(VectorScanner scanner, int[] err) {
    return scanner.metrics.get(err[VectorScanner.E_METRIC]);
  }
}

package io.ismskit.risk.cvss;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written, regex-free scanner for the metric part of a CVSS vector string. It writes value
 * indices into a caller's {@code byte[]} (one slot per metric ordinal) and allocates nothing on
 * success. On failure it returns {@code false}; when given an {@code int[]} it also fills in the
 * details of the first error (see the {@code E_*} slots).
 */
@SuppressWarnings("EnumOrdinal") // error kinds travel as ordinals in an int[]
final class VectorScanner {
  static final int E_KIND = 0;
  static final int E_METRIC = 1;
  static final int E_OTHER = 2;
  static final int E_COMPONENT = 3;
  static final int E_START = 4;
  static final int E_END = 5;
  static final int E_VALUE_START = 6;
  static final int E_SIZE = 7;

  static final VectorScanner V3 = new VectorScanner(List.of(Cvss3Metric.values()), false);
  static final VectorScanner V4 = new VectorScanner(List.of(Cvss4Metric.values()), true);

  private static final int NAME_SPACE = 27 * 27 * 27;

  private final byte[] nameToOrdinal = new byte[NAME_SPACE];
  /** [ordinal][letter - 'A'] to value index + 1 (0 = invalid). */
  private final byte[][] valueIndex;
  /** Values of more than one character (v4.0 U), null where all values are single letters. */
  private final @Nullable String[][] wordValues;

  private final int metricCount;
  private final long mandatoryMask;
  private final boolean ordered;
  final List<? extends CvssMetric> metrics;

  private VectorScanner(List<? extends CvssMetric> metrics, boolean ordered) {
    this.metrics = metrics;
    this.ordered = ordered;
    this.metricCount = metrics.size();
    this.valueIndex = new byte[metricCount][26];
    this.wordValues = new String[metricCount][];
    long mandatory = 0;
    for (int m = 0; m < metricCount; m++) {
      CvssMetric metric = metrics.get(m);
      String abbr = metric.abbreviation();
      int key = 0;
      for (int k = 0; k < abbr.length(); k++) {
        key = key * 27 + (abbr.charAt(k) - 'A' + 1);
      }
      nameToOrdinal[key] = (byte) (m + 1);
      List<String> codes = metric.codes();
      boolean words = false;
      for (int v = 0; v < codes.size(); v++) {
        String code = codes.get(v);
        if (code.length() == 1) {
          valueIndex[m][code.charAt(0) - 'A'] = (byte) (v + 1);
        } else {
          words = true;
        }
      }
      if (words) {
        wordValues[m] = codes.toArray(new String[0]);
      }
      if (metric.mandatory()) {
        mandatory |= 1L << m;
      }
    }
    this.mandatoryMask = mandatory;
  }

  int metricCount() {
    return metricCount;
  }

  /**
   * Scans {@code s} from {@code from} (just after the version prefix, at a {@code '/'} or the
   * end) and stores value indices into {@code out}. Unset optional metrics stay 0 ({@code X}).
   */
  boolean scan(String s, int from, byte[] out, int @Nullable [] err) {
    if (fastScan(s, from, out)) {
      return true;
    }
    return fullScan(s, from, out, err);
  }

  /**
   * The common case in one pass over the characters: every component a known metric name, a colon
   * and a one-letter value, no duplicate, in order where order matters, all mandatory metrics
   * present. Returns {@code false} at the first thing out of the ordinary, leaving the verdict (and
   * the precise error) to {@link #fullScan}, which writes the same values for the same metrics.
   */
  private boolean fastScan(String s, int from, byte[] out) {
    int len = s.length();
    long seen = 0;
    int last = -1;
    int i = from;
    while (i < len) {
      if (s.charAt(i) != '/') {
        return false;
      }
      i++;
      int key = 0;
      int n = 0;
      while (true) {
        if (i >= len) {
          return false;
        }
        char c = s.charAt(i++);
        if (c == ':') {
          break;
        }
        if (c < 'A' || c > 'Z' || ++n > 3) {
          return false;
        }
        key = key * 27 + (c - 'A' + 1);
      }
      if (n == 0 || i >= len) {
        return false;
      }
      int metric = nameToOrdinal[key] - 1;
      if (metric < 0) {
        return false;
      }
      long bit = 1L << metric;
      if ((seen & bit) != 0 || (ordered && metric < last)) {
        return false;
      }
      char c = s.charAt(i++);
      if (c < 'A' || c > 'Z' || (i < len && s.charAt(i) != '/')) {
        return false;
      }
      int value = valueIndex[metric][c - 'A'] - 1;
      if (value < 0) {
        return false;
      }
      out[metric] = (byte) value;
      seen |= bit;
      last = metric;
    }
    return (mandatoryMask & ~seen) == 0;
  }

  /** Scans with full error reporting. */
  private boolean fullScan(String s, int from, byte[] out, int @Nullable [] err) {
    int len = s.length();
    long seen = 0;
    int last = -1;
    int component = 0;
    if (from < len) {
      if (s.charAt(len - 1) == '/') {
        return fail(err, CvssCode.TRAILING_SLASH, -1, -1, 0, len - 1, len, len);
      }
      int i = from + 1; // skip the '/' after the prefix
      while (true) {
        component++;
        int start = i;
        int colon = -1;
        boolean twoColons = false;
        while (i < len) {
          char c = s.charAt(i);
          if (c == '/') {
            break;
          }
          if (c == ':') {
            if (colon >= 0) {
              twoColons = true;
            }
            colon = i;
          }
          i++;
        }
        int end = i;
        if (end == start) {
          return fail(err, CvssCode.EMPTY_COMPONENT, -1, -1, component, start, end, end);
        }
        if (colon < 0 || twoColons || colon == start || colon == end - 1) {
          return fail(err, CvssCode.MALFORMED_COMPONENT, -1, -1, component, start, end, end);
        }
        int metric = lookupMetric(s, start, colon);
        if (metric < 0) {
          return fail(err, CvssCode.UNKNOWN_METRIC, -1, -1, component, start, end, colon);
        }
        if ((seen & (1L << metric)) != 0) {
          return fail(err, CvssCode.DUPLICATE_METRIC, metric, -1, component, start, end, colon + 1);
        }
        if (ordered && metric < last) {
          return fail(err, CvssCode.METRIC_OUT_OF_ORDER, metric, last, component, start, end, colon + 1);
        }
        int value = lookupValue(metric, s, colon + 1, end);
        if (value < 0) {
          return fail(err, CvssCode.INVALID_VALUE, metric, -1, component, start, end, colon + 1);
        }
        out[metric] = (byte) value;
        seen |= 1L << metric;
        last = metric;
        if (end == len) {
          break;
        }
        i = end + 1;
      }
    }
    long missing = mandatoryMask & ~seen;
    if (missing != 0) {
      return fail(
          err, CvssCode.MISSING_METRIC, Long.numberOfTrailingZeros(missing), -1, 0, len, len, len);
    }
    return true;
  }

  private int lookupMetric(String s, int start, int end) {
    int n = end - start;
    if (n > 3) {
      return -1;
    }
    int key = 0;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c < 'A' || c > 'Z') {
        return -1;
      }
      key = key * 27 + (c - 'A' + 1);
    }
    return nameToOrdinal[key] - 1;
  }

  private int lookupValue(int metric, String s, int start, int end) {
    if (end - start == 1) {
      char c = s.charAt(start);
      if (c < 'A' || c > 'Z') {
        return -1;
      }
      return valueIndex[metric][c - 'A'] - 1;
    }
    String[] words = wordValues[metric];
    if (words != null) {
      int n = end - start;
      for (int v = 0; v < words.length; v++) {
        if (words[v].length() == n && s.regionMatches(start, words[v], 0, n)) {
          return v;
        }
      }
    }
    return -1;
  }

  private static boolean fail(
      int @Nullable [] err,
      CvssCode kind,
      int metric,
      int other,
      int component,
      int start,
      int end,
      int valueStart) {
    if (err != null) {
      err[E_KIND] = kind.ordinal();
      err[E_METRIC] = metric;
      err[E_OTHER] = other;
      err[E_COMPONENT] = component;
      err[E_START] = start;
      err[E_END] = end;
      err[E_VALUE_START] = valueStart;
    }
    return false;
  }
}

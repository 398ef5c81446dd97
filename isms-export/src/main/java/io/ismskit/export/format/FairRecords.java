package io.ismskit.export.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.id.RiskId;
import io.ismskit.risk.fair.FairCode;
import io.ismskit.risk.fair.FairResult;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The optional {@code fairResults} section of a document: the FAIR Monte Carlo result of each risk
 * that has one, an object keyed by risk id, each result {@code {"seed": n, "mean": x,
 * "standardDeviation": x, "losses": [x, ...]}} with the simulated annual losses in ascending order.
 * The losses are written in their shortest exact form and the mean and standard deviation as the
 * run computed them, so that the result read ({@link FairResult#restored}) equals the one written
 * and answers every query to the bit. Reading refuses a loss that is not a finite non-negative
 * number, more losses than {@link ReadLimits#maxCollectionSize()} (never allocating beyond it), and
 * statistics the losses do not give; {@link IsmsFormat} refuses a result keyed by an id that is no
 * risk of the ISMS, each problem at its JSON pointer.
 */
final class FairRecords {
  /** The name of the section. */
  static final String FIELD = "fairResults";

  private static final String SEED = "seed";
  private static final String MEAN = "mean";
  private static final String SD = "standardDeviation";
  private static final String LOSSES = "losses";
  private static final List<String> FIELDS = List.of(SEED, MEAN, SD, LOSSES);

  private FairRecords() {}

  /** Writes {@code results} (ordered by id) as the section's object. */
  static void write(Map<RiskId, FairResult> results, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Map.Entry<RiskId, FairResult> e : results.entrySet()) {
      g.writeFieldName(e.getKey().value());
      writeResult(e.getValue(), g);
    }
    g.writeEndObject();
  }

  /** Writes one result as its object in the section (what {@link IsmsModule} writes for a {@link FairResult}). */
  static void writeResult(FairResult r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField(SEED, r.seed());
    g.writeFieldName(MEAN);
    Codecs.DoubleCodec.write(r.mean(), g);
    g.writeFieldName(SD);
    Codecs.DoubleCodec.write(r.standardDeviation(), g);
    g.writeFieldName(LOSSES);
    double[] losses = r.sortedLosses();
    g.writeStartArray(losses, losses.length);
    for (double v : losses) {
      Codecs.DoubleCodec.write(v, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The results read, each with where its key stood (to place a dangling id). */
  record Read(Map<RiskId, FairResult> results, Map<RiskId, Decoding.Place> places) {}

  /**
   * Reads the section at the parser's current token: the results, or null after reporting every
   * problem of it.
   */
  static @Nullable Read read(JsonParser p, Decoding d) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Codecs.wrongType(p, d, "an object of FAIR results keyed by risk id");
      return null;
    }
    Map<RiskId, FairResult> results = new LinkedHashMap<>();
    Map<RiskId, Decoding.Place> places = new HashMap<>();
    boolean failed = false;
    int n = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      if (d.beyondLimit(p, ++n, true)) {
        return null;
      }
      String pointer = Decoding.pointer(p);
      JsonLocation at = p.currentTokenLocation();
      RiskId id = null;
      try {
        id = RiskId.of(key);
      } catch (InvalidValueException e) {
        d.reportModel(pointer, at, e.problem(), "");
        failed = true;
      }
      if (id != null && places.containsKey(id)) {
        d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
        p.skipChildren();
        failed = true;
        continue;
      }
      FairResult r = result(p, d, pointer, at);
      if (id == null || r == null) {
        failed = true;
        continue;
      }
      results.put(id, r);
      places.put(id, new Decoding.Place(pointer, at));
    }
    return failed ? null : new Read(results, places);
  }

  /**
   * Reads one result at the parser's current token as it stands in the section (what {@link
   * IsmsModule} reads for a {@link FairResult}): the result, or null after reporting its problems.
   */
  static @Nullable FairResult readResult(JsonParser p, Decoding d) throws IOException {
    return result(p, d, Decoding.pointer(p), p.currentTokenLocation());
  }

  /** One result: an object with a seed, the statistics and the losses; null after reporting its problems. */
  private static @Nullable FairResult result(JsonParser p, Decoding d, String pointer, @Nullable JsonLocation at)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Codecs.wrongType(p, d, "a FAIR result, an object with seed, mean, standardDeviation and losses");
      return null;
    }
    Long seed = null;
    Double mean = null;
    Double sd = null;
    double[] losses = null;
    Map<String, JsonLocation> seen = new HashMap<>();
    boolean failed = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (seen.containsKey(name)) {
        d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
        p.skipChildren();
        failed = true;
        continue;
      }
      seen.put(name, p.currentTokenLocation());
      switch (name) {
        case SEED -> {
          if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
              && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            seed = p.getLongValue();
          } else {
            Codecs.wrongType(p, d, "the seed of the run, a whole number of 64 bits");
            failed = true;
          }
        }
        case MEAN, SD -> {
          Double v = statistic(p, d);
          failed |= v == null;
          if (name.equals(MEAN)) {
            mean = v;
          } else {
            sd = v;
          }
        }
        case LOSSES -> {
          losses = losses(p, d);
          failed |= losses == null;
        }
        default -> {
          if (d.strict) {
            d.report(p, FormatCode.UNKNOWN_FIELD, "", "", null,
                "is not a field of a FAIR result (fields: " + String.join(", ", FIELDS) + ")");
            failed = true;
          }
          p.skipChildren();
        }
      }
    }
    for (String field : FIELDS) {
      if (!seen.containsKey(field)) {
        d.report(pointer + "/" + field, at, ModelCode.REQUIRED, "", "", null,
            "is missing: a FAIR result has a seed, a mean, a standardDeviation and losses");
        failed = true;
      }
    }
    if (failed || seed == null || mean == null || sd == null || losses == null) {
      return null;
    }
    try {
      return FairResult.restored(losses, seed, mean, sd);
    } catch (InvalidValueException e) {
      Problem why = e.problem();
      String field = why.field().startsWith(LOSSES) ? LOSSES : why.field();
      JsonLocation where = seen.get(field);
      d.reportModel(pointer + Codecs.fieldPointer(why.field()), where != null ? where : at, why, "");
      return null;
    }
  }

  /** A mean or standard deviation: a finite number not below zero; null after reporting. */
  private static @Nullable Double statistic(JsonParser p, Decoding d) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      Codecs.wrongType(p, d, "a finite number not below zero");
      return null;
    }
    double v = p.getDoubleValue();
    if (!Double.isFinite(v)) {
      d.report(p, FairCode.NOT_FINITE, "", "", p.getText(), "must be a finite number");
      return null;
    }
    if (v < 0) {
      d.report(p, FairCode.NEGATIVE, "", "", p.getText(), "must not be negative");
      return null;
    }
    return v;
  }

  /**
   * The losses: an array of finite non-negative numbers, at most {@link
   * ReadLimits#maxCollectionSize()} of them; null after reporting every bad one.
   */
  private static double @Nullable [] losses(JsonParser p, Decoding d) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      Codecs.wrongType(p, d, "the simulated annual losses, an array of numbers");
      return null;
    }
    String pointer = Decoding.pointer(p);
    JsonLocation at = p.currentTokenLocation();
    double[] out = new double[16];
    int n = 0;
    boolean failed = false;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (d.beyondLimit(p, n + 1, false)) {
        return null;
      }
      if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
        Codecs.wrongType(p, d, "an annual loss, a finite number not below zero");
        failed = true;
      } else {
        double v = p.getDoubleValue();
        if (!Double.isFinite(v)) {
          d.report(p, FairCode.NOT_FINITE, "", "", p.getText(), "must be a finite annual loss");
          failed = true;
        } else if (v < 0) {
          d.report(p, FairCode.NEGATIVE, "", "", p.getText(), "must not be negative: an annual loss");
          failed = true;
        } else if (!failed) {
          if (n == out.length) {
            out = Arrays.copyOf(out, (int) Math.min(d.limits.maxCollectionSize(), 2L * n));
          }
          out[n] = v;
        }
      }
      n++;
    }
    if (failed) {
      return null;
    }
    if (n == 0) {
      d.report(pointer, at, FairCode.TRIALS, "", "", null, "must hold at least one annual loss");
      return null;
    }
    return Arrays.copyOf(out, n);
  }

  /** The section's JSON Schema. */
  static Map<String, Object> schema() {
    Map<String, Object> nonNegative = Codecs.schemaOf("type", "number", "minimum", 0);
    return Codecs.schemaOf(
        "description", "The FAIR Monte Carlo result of each risk that has one, keyed by risk id (optional): the"
            + " seed, the mean and standard deviation as the run computed them, and the simulated annual losses"
            + " in ascending order.",
        "type", "object",
        "additionalProperties", Codecs.schemaOf(
            "type", "object",
            "properties", Codecs.schemaOf(
                SEED, Codecs.schemaOf("type", "integer"),
                MEAN, nonNegative,
                SD, nonNegative,
                LOSSES, Codecs.schemaOf("type", "array", "minItems", 1, "items", nonNegative)),
            "required", FIELDS,
            "additionalProperties", false));
  }
}

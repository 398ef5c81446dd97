package io.ismskit.export.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ismskit.conformance.CertificationDecision;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.ProblemCode;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The optional {@code conformance} section of a document: one {@link ConformanceReport}, an object
 * of its parts named as its accessors ({@code asOf}, {@code ruleSetId}, {@code ruleSetVersion},
 * {@code findings}, {@code suppressed}, {@code rules}, {@code certificationDecision}, {@code
 * modelProblems}); findings, rule results and criterion results are records, mapped as the model's
 * records are; a model problem is {@code {"code": "validation.reference.dangling", "entityType":
 * ..., "entityId": ..., "field": ..., "value": ..., "message": ...}} with empty parts left out.
 * Reading rebuilds the report with {@link ConformanceReport#of}, which checks that its parts fit.
 */
final class ConformanceRecords {
  /** The name of the section. */
  static final String FIELD = "conformance";

  private static final String AS_OF = "asOf";
  private static final String RULE_SET_ID = "ruleSetId";
  private static final String RULE_SET_VERSION = "ruleSetVersion";
  private static final String FINDINGS = "findings";
  private static final String SUPPRESSED = "suppressed";
  private static final String RULES = "rules";
  private static final String DECISION = "certificationDecision";
  private static final String MODEL_PROBLEMS = "modelProblems";
  private static final List<String> FIELDS =
      List.of(AS_OF, RULE_SET_ID, RULE_SET_VERSION, FINDINGS, SUPPRESSED, RULES, DECISION, MODEL_PROBLEMS);
  private static final List<String> REQUIRED = List.of(AS_OF, RULE_SET_ID, RULE_SET_VERSION, DECISION);

  private static final String CODE = "code";
  private static final String ENTITY_TYPE = "entityType";
  private static final String ENTITY_ID = "entityId";
  private static final String PROBLEM_FIELD = "field";
  private static final String VALUE = "value";
  private static final String MESSAGE = "message";
  private static final List<String> PROBLEM_FIELDS =
      List.of(CODE, ENTITY_TYPE, ENTITY_ID, PROBLEM_FIELD, VALUE, MESSAGE);

  /** The codes a model problem may carry: those of {@code Isms.validate()} and of the model's values. */
  private static final Map<String, ProblemCode> CODES = codes();

  private ConformanceRecords() {}

  private static Map<String, ProblemCode> codes() {
    Map<String, ProblemCode> m = new LinkedHashMap<>();
    for (ValidationCode c : ValidationCode.values()) {
      m.put(c.key(), c);
    }
    for (ModelCode c : ModelCode.values()) {
      m.put(c.key(), c);
    }
    return m;
  }

  private static Codecs.Codec date() {
    return Codecs.of(LocalDate.class);
  }

  private static Codecs.Codec findings() {
    return Codecs.of(generic("findings"));
  }

  private static Codecs.Codec rules() {
    return Codecs.of(generic("rules"));
  }

  private static Codecs.Codec decision() {
    return Codecs.of(CertificationDecision.class);
  }

  private static Type generic(String accessor) {
    try {
      return ConformanceReport.class.getMethod(accessor).getGenericReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("ConformanceReport." + accessor + "() is gone", e);
    }
  }

  // ---- writing ---------------------------------------------------------------------------------

  /** Writes {@code report} as the section's object (what {@link IsmsModule} writes for a {@link ConformanceReport}). */
  static void write(ConformanceReport report, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(AS_OF);
    date().write(report.asOf(), g);
    g.writeStringField(RULE_SET_ID, report.ruleSetId());
    g.writeStringField(RULE_SET_VERSION, report.ruleSetVersion());
    if (!report.findings().isEmpty()) {
      g.writeFieldName(FINDINGS);
      findings().write(report.findings(), g);
    }
    if (!report.suppressed().isEmpty()) {
      g.writeFieldName(SUPPRESSED);
      findings().write(report.suppressed(), g);
    }
    if (!report.rules().isEmpty()) {
      g.writeFieldName(RULES);
      rules().write(report.rules(), g);
    }
    g.writeFieldName(DECISION);
    decision().write(report.certificationDecision(), g);
    if (!report.modelProblems().isEmpty()) {
      g.writeFieldName(MODEL_PROBLEMS);
      g.writeStartArray();
      for (Problem p : report.modelProblems()) {
        g.writeStartObject();
        g.writeStringField(CODE, p.code().key());
        writeUnlessEmpty(g, ENTITY_TYPE, p.entityType());
        writeUnlessEmpty(g, ENTITY_ID, p.entityId());
        writeUnlessEmpty(g, PROBLEM_FIELD, p.field());
        writeUnlessEmpty(g, VALUE, p.value());
        g.writeStringField(MESSAGE, p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeUnlessEmpty(JsonGenerator g, String name, String value) throws IOException {
    if (!value.isEmpty()) {
      g.writeStringField(name, value);
    }
  }

  // ---- reading ---------------------------------------------------------------------------------

  /**
   * Reads the section at the parser's current token (what {@link IsmsModule} reads for a {@link
   * ConformanceReport}): the report, or null after reporting every problem of it.
   */
  @SuppressWarnings("unchecked")
  static @Nullable ConformanceReport read(JsonParser p, Decoding d) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Codecs.wrongType(p, d, "a conformance report, an object with asOf, ruleSetId, ruleSetVersion and "
          + "certificationDecision");
      return null;
    }
    String pointer = Decoding.pointer(p);
    JsonLocation at = p.currentTokenLocation();
    Map<String, @Nullable Object> values = new HashMap<>();
    Set<String> seen = new HashSet<>();
    boolean failed = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (!seen.add(name)) {
        d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
        p.skipChildren();
        failed = true;
        continue;
      }
      Object v = switch (name) {
        case AS_OF -> date().read(p, d);
        case RULE_SET_ID, RULE_SET_VERSION -> Codecs.StringCodec.INSTANCE.read(p, d);
        case FINDINGS, SUPPRESSED -> findings().read(p, d);
        case RULES -> rules().read(p, d);
        case DECISION -> decision().read(p, d);
        case MODEL_PROBLEMS -> problems(p, d);
        default -> {
          if (d.strict) {
            d.report(p, FormatCode.UNKNOWN_FIELD, "", "", null,
                "is not a field of a conformance report (fields: " + String.join(", ", FIELDS) + ")");
            failed = true;
          }
          p.skipChildren();
          yield null;
        }
      };
      if (v == Decoding.FAILED) {
        failed = true;
      } else if (v != null) {
        values.put(name, v);
      }
    }
    for (String field : REQUIRED) {
      if (!seen.contains(field)) {
        d.report(pointer + "/" + field, at, ModelCode.REQUIRED, "", "", null,
            "is missing: a conformance report has " + String.join(", ", REQUIRED));
        failed = true;
      }
    }
    if (failed) {
      return null;
    }
    try {
      return ConformanceReport.of(
          (LocalDate) required(values, AS_OF),
          (String) required(values, RULE_SET_ID),
          (String) required(values, RULE_SET_VERSION),
          (List<Finding>) values.getOrDefault(FINDINGS, List.of()),
          (List<Finding>) values.getOrDefault(SUPPRESSED, List.of()),
          (List<ConformanceReport.RuleResult>) values.getOrDefault(RULES, List.of()),
          (CertificationDecision) required(values, DECISION),
          (List<Problem>) values.getOrDefault(MODEL_PROBLEMS, List.of()));
    } catch (InvalidValueException e) {
      Problem why = e.problem();
      d.reportModel(pointer + Codecs.fieldPointer(why.field()), at, why, "");
      return null;
    }
  }

  private static Object required(Map<String, @Nullable Object> values, String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalStateException(name + " was checked to be present");
    }
    return v;
  }

  /** The model problems: an array of problem objects; {@link Decoding#FAILED} after reporting. */
  private static Object problems(JsonParser p, Decoding d) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return Codecs.wrongType(p, d, "an array of problems");
    }
    List<Problem> out = new ArrayList<>();
    boolean failed = false;
    int n = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (d.beyondLimit(p, ++n, false)) {
        return Decoding.FAILED;
      }
      Problem one = problem(p, d);
      if (one == null) {
        failed = true;
      } else {
        out.add(one);
      }
    }
    return failed ? Decoding.FAILED : List.copyOf(out);
  }

  private static @Nullable Problem problem(JsonParser p, Decoding d) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Codecs.wrongType(p, d, "a problem, an object with code and message");
      return null;
    }
    String pointer = Decoding.pointer(p);
    JsonLocation at = p.currentTokenLocation();
    Map<String, String> parts = new HashMap<>();
    ProblemCode code = null;
    boolean failed = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (!PROBLEM_FIELDS.contains(name)) {
        if (d.strict) {
          d.report(p, FormatCode.UNKNOWN_FIELD, "", "", null,
              "is not a field of a problem (fields: " + String.join(", ", PROBLEM_FIELDS) + ")");
          failed = true;
        }
        p.skipChildren();
        continue;
      }
      if (parts.containsKey(name)) {
        d.report(p, FormatCode.DUPLICATE_FIELD, "", "", null, "repeats a field of the object");
        p.skipChildren();
        failed = true;
        continue;
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        Codecs.wrongType(p, d, "text");
        parts.put(name, "");
        failed = true;
        continue;
      }
      String text = p.getText();
      parts.put(name, text);
      if (name.equals(CODE)) {
        code = CODES.get(text);
        if (code == null) {
          d.report(p, FormatCode.WRONG_TYPE, "", "", text,
              "must be the key of a problem of the model's validation (validation.* or model.*)");
          failed = true;
        }
      }
    }
    for (String field : List.of(CODE, MESSAGE)) {
      if (!parts.containsKey(field)) {
        d.report(pointer + "/" + field, at, ModelCode.REQUIRED, "", "", null,
            "is missing: a problem has a code and a message");
        failed = true;
      }
    }
    if (failed || code == null) {
      return null;
    }
    return new Problem(code, parts.getOrDefault(ENTITY_TYPE, ""), parts.getOrDefault(ENTITY_ID, ""),
        parts.getOrDefault(PROBLEM_FIELD, ""), parts.getOrDefault(VALUE, ""), parts.getOrDefault(MESSAGE, ""));
  }

  // ---- schema ----------------------------------------------------------------------------------

  /** The section's JSON Schema; the records' definitions go to {@code s}. */
  static Map<String, Object> schema(Codecs.SchemaBuilder s) {
    Map<String, Object> text = Codecs.schemaOf("type", "string");
    return Codecs.schemaOf(
        "description", "A conformance report of the ISMS (optional): io.ismskit.conformance.ConformanceReport.",
        "type", "object",
        "properties", Codecs.schemaOf(
            AS_OF, date().schema(s),
            RULE_SET_ID, text,
            RULE_SET_VERSION, text,
            FINDINGS, findings().schema(s),
            SUPPRESSED, findings().schema(s),
            RULES, rules().schema(s),
            DECISION, decision().schema(s),
            MODEL_PROBLEMS, Codecs.schemaOf(
                "type", "array",
                "items", Codecs.schemaOf(
                    "type", "object",
                    "properties", Codecs.schemaOf(
                        CODE, Codecs.schemaOf("enum", List.copyOf(CODES.keySet())),
                        ENTITY_TYPE, text,
                        ENTITY_ID, text,
                        PROBLEM_FIELD, text,
                        VALUE, text,
                        MESSAGE, text),
                    "required", List.of(CODE, MESSAGE),
                    "additionalProperties", false))),
        "required", REQUIRED,
        "additionalProperties", false);
  }
}

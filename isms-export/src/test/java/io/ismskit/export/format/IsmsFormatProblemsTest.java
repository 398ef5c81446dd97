package io.ismskit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.RiskApproach;
import io.ismskit.export.sample.SampleIsms;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken documents: each gives clear problems (code, JSON pointer, line and column),
 * all of them at once where they can be gathered, and never an exception out of the API.
 */
class IsmsFormatProblemsTest {
  static final IsmsFormat JSON = IsmsFormat.json();

  static final String MINIMAL = """
      {
        "schemaVersion": 1,
        "isms": {
          "organization": {"name": "Acme", "headcount": 10},
          "people": [
            {"id": "P-1", "name": "Alice"},
            {"id": "P-2", "name": "Bob"}
          ]
        }
      }
      """;

  static Seq<Problem> problems(IsmsFormat format, String text) {
    Validation<Seq<Problem>, Isms> v = format.read(new StringReader(text));
    assertThat(v.isInvalid()).as("expected problems, read %s", v).isTrue();
    assertThat(v.getError()).isNotEmpty();
    return v.getError();
  }

  static Seq<Problem> problems(String text) {
    return problems(JSON, text);
  }

  @Test
  void minimal_reads() {
    Isms isms = JSON.read(new StringReader(MINIMAL)).get();
    assertThat(isms.people()).hasSize(2);
    assertThat(isms.organization().headcount()).isEqualTo(10);
  }

  @Test
  void truncated_isOneSyntaxProblem_withItsPlace() throws IOException {
    StringWriter out = new StringWriter();
    JSON.write(SampleIsms.lean(), out);
    String text = out.toString();
    for (int cut : new int[] {1, text.length() / 3, text.length() / 2, text.length() - 3}) {
      Seq<Problem> p = problems(text.substring(0, cut));
      assertThat(p.last().code()).isEqualTo(FormatCode.SYNTAX);
      assertThat(p.last().message()).contains("line ").contains("column ");
    }
    // cut inside a text value: the document ends early
    int inText = text.indexOf(": \"", text.length() / 2) + 4;
    assertThat(problems(text.substring(0, inText)).last().message()).contains("ends early");
  }

  @Test
  void deeplyNested_100kLevels_isALimitProblem_notAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    for (String doc : new String[] {
        "{\"schemaVersion\": 1, \"isms\": " + deep + "}",
        "{\"schemaVersion\": 1, \"isms\": {\"organization\": {\"name\": \"A\", \"headcount\": 1, \"x\": " + deep + "}}}",
        "{\"schemaVersion\": 1, \"isms\": {\"organization\": {\"name\": " + "{\"a\":".repeat(100_000)}) {
      Seq<Problem> p = problems(doc);
      assertThat(p.map(Problem::code)).contains(FormatCode.LIMIT);
      assertThat(p.find(x -> x.code() == FormatCode.LIMIT).get().message()).contains("nesting depth");
    }
    Seq<Problem> yaml = problems(IsmsFormat.yaml(), "schemaVersion: 1\nisms: " + deep + "\n");
    assertThat(yaml.map(Problem::code)).containsAnyOf(FormatCode.LIMIT, FormatCode.WRONG_TYPE);
  }

  @Test
  void hugeStrings_areLimitProblems() {
    String huge = "x".repeat(2 << 20);
    Seq<Problem> p = problems("{\"schemaVersion\": 1, \"isms\": {\"organization\": {\"name\": \"" + huge
        + "\", \"headcount\": 1}}}");
    assertThat(p.head().code()).isEqualTo(FormatCode.LIMIT);
    assertThat(p.head().message()).contains("/isms/organization/name").contains("line 1");

    IsmsFormat small = JSON.withLimits(ReadLimits.DEFAULT.withMaxStringLength(100));
    Seq<Problem> q = problems(small, MINIMAL.replace("\"Alice\"", "\"" + "y".repeat(500) + "\""));
    assertThat(q.head().code()).isEqualTo(FormatCode.LIMIT);
    assertThat(q.head().field()).isEqualTo("/isms/people/0/name");
    assertThat(q.head().message()).contains("line 6");
    assertThat(q.head().message().length()).isLessThan(300);
  }

  @Test
  void wrongTypes_areAllReported_withPointerLineAndColumn() {
    Seq<Problem> p = problems(MINIMAL.replace("\"headcount\": 10", "\"headcount\": \"ten\"")
        .replace("\"name\": \"Bob\"", "\"name\": [\"Bob\"]")
        .replace("\"id\": \"P-1\"", "\"id\": 1"));
    assertThat(p.map(Problem::code)).containsOnly(FormatCode.WRONG_TYPE);
    assertThat(p.map(Problem::field)).containsExactly(
        "/isms/organization/headcount", "/isms/people/0/id", "/isms/people/1/name");
    assertThat(p.get(0).message())
        .isEqualTo("/isms/organization/headcount (line 4, column 51): must be a whole number of 32 bits, was 'ten'");
    assertThat(p.get(2).message()).contains("line 7").contains("must be text, was 'an array'");
  }

  @Test
  void duplicateKeys_areProblems() {
    Seq<Problem> p = problems(MINIMAL.replace("\"name\": \"Alice\"", "\"name\": \"Alice\", \"name\": \"Eve\""));
    assertThat(p.map(Problem::code)).containsExactly(FormatCode.DUPLICATE_FIELD);
    assertThat(p.head().field()).isEqualTo("/isms/people/0/name");
    Seq<Problem> top = problems(MINIMAL.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"schemaVersion\": 1,"));
    assertThat(top.map(Problem::code)).containsExactly(FormatCode.DUPLICATE_FIELD);
    Seq<Problem> yaml = problems(IsmsFormat.yaml(), """
        schemaVersion: 1
        isms:
          organization:
            name: "Acme"
            name: "Acme"
            headcount: 3
        """);
    assertThat(yaml.head().code()).isEqualTo(FormatCode.DUPLICATE_FIELD);
    assertThat(yaml.head().message()).startsWith("/isms/organization/name (line 5, column");
  }

  @Test
  void riskCriteriaApproaches_roundTrip_andARepeatedOrUnknownApproachIsRefused() throws IOException {
    Isms lean = SampleIsms.lean();
    Isms both = lean.withRiskCriteria(lean.riskCriteria().orElseThrow()
        .withApproaches(Set.of(RiskApproach.EVENT_BASED, RiskApproach.ASSET_BASED)));
    StringWriter out = new StringWriter();
    JSON.write(both, out);
    String text = out.toString();
    assertThat(JSON.read(new StringReader(text)).get()).isEqualTo(both);
    int at = text.indexOf("\"approaches\"");
    assertThat(at).as("approaches written").isPositive();
    int first = text.indexOf("\"ASSET_BASED\"", at);
    String repeated = text.substring(0, first) + "\"ASSET_BASED\", " + text.substring(first);
    Seq<Problem> dup = problems(repeated);
    assertThat(dup.map(Problem::code)).containsExactly(ModelCode.DUPLICATE);
    assertThat(dup.head().field()).startsWith("/isms/riskCriteria/approaches");
    assertThat(dup.head().message()).contains("repeats an element of the set");
    Seq<Problem> unknown = problems(text.substring(0, first) + "\"SIDEWAYS\", " + text.substring(first));
    assertThat(unknown).hasSize(1);
    assertThat(unknown.head().field()).startsWith("/isms/riskCriteria/approaches");
    assertThat(unknown.head().message()).contains("SIDEWAYS");
  }

  @Test
  void danglingIds_areValidationProblems_placedAtTheEntity() {
    String text = MINIMAL.replace("\"people\": [", """
        "assets": [{"id": "A-1", "name": "CRM", "owner": "P-9", "type": "SERVICE", "classification": "INTERNAL",
                    "value": {"confidentiality": 3, "integrity": 3, "availability": 3}}],
            "people": [""");
    Seq<Problem> p = problems(text);
    assertThat(p.map(Problem::code)).contains(ValidationCode.DANGLING);
    Problem d = p.find(x -> x.code() == ValidationCode.DANGLING).get();
    assertThat(d.entityId()).isEqualTo("A-1");
    assertThat(d.field()).isEqualTo("/isms/assets/0/owner");
    assertThat(d.message()).startsWith("/isms/assets/0 (line 5, column").contains("P-9");
    assertThat(JSON.withoutValidation().read(new StringReader(text)).isValid()).isTrue();
  }

  @Test
  void valuesTheModelRefuses_keepTheModelsCode_atTheirPointer() {
    Seq<Problem> p = problems(MINIMAL.replace("\"headcount\": 10", "\"headcount\": -3")
        .replace("\"id\": \"P-2\"", "\"id\": \"P 2\""));
    assertThat(p.map(Problem::code)).containsExactly(ModelCode.OUT_OF_RANGE, ModelCode.MALFORMED);
    assertThat(p.map(Problem::field)).containsExactly("/isms/organization/headcount", "/isms/people/1/id");
    assertThat(p.get(0).message()).startsWith("/isms/organization/headcount (line 4, column");
  }

  @Test
  void missingRequiredFields_areAllNamed() {
    Seq<Problem> p = problems(MINIMAL.replace("{\"id\": \"P-1\", \"name\": \"Alice\"}", "{}"));
    assertThat(p.map(Problem::code)).containsOnly(ModelCode.REQUIRED);
    assertThat(p.map(Problem::field)).containsExactly("/isms/people/0/id", "/isms/people/0/name");
  }

  @Test
  void unknownFields_areProblemsWhenStrict_andSkippedOtherwise() {
    String text = MINIMAL.replace("\"name\": \"Alice\"", "\"name\": \"Alice\", \"nickname\": {\"a\": [1, 2]}");
    Seq<Problem> p = problems(text);
    assertThat(p.map(Problem::code)).containsExactly(FormatCode.UNKNOWN_FIELD);
    assertThat(p.head().field()).isEqualTo("/isms/people/0/nickname");
    assertThat(p.head().message()).contains("is not a field of Person");
    assertThat(JSON.ignoringUnknownFields().read(new StringReader(text)).get().people()).hasSize(2);
  }

  @Test
  void schemaVersion_isRequired_andMustBeOne() {
    assertThat(problems(MINIMAL.replace("\"schemaVersion\": 1,", "")).map(Problem::code))
        .containsExactly(FormatCode.SCHEMA_VERSION);
    Seq<Problem> newer = problems(MINIMAL.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
    assertThat(newer.map(Problem::code)).containsExactly(FormatCode.SCHEMA_VERSION);
    assertThat(newer.head().message()).contains("a newer ismskit wrote it");
  }

  @Test
  void collectionsBeyondTheLimit_areProblems() {
    IsmsFormat small = JSON.withLimits(ReadLimits.DEFAULT.withMaxCollectionSize(1));
    Seq<Problem> p = problems(small, MINIMAL);
    assertThat(p.map(Problem::code)).containsExactly(FormatCode.LIMIT);
    assertThat(p.head().message()).contains("more than 1 elements");
  }

  @Test
  void manyProblems_areCapped() {
    StringBuilder b = new StringBuilder("{\"schemaVersion\": 1, \"isms\": {\"organization\": {\"name\": \"A\", "
        + "\"headcount\": 1}, \"people\": [");
    for (int i = 0; i < 5000; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\": 7, \"name\": \"n\"}");
    }
    Seq<Problem> p = problems(b.append("]}}").toString());
    assertThat(p).hasSize(ReadLimits.DEFAULT.maxProblems() + 1);
    assertThat(p.last().code()).isEqualTo(FormatCode.TOO_MANY_PROBLEMS);
  }

  @Test
  void otherBrokenDocuments_areProblems() {
    assertThat(problems("").head().message()).contains("empty");
    assertThat(problems("[1, 2]").head().code()).isEqualTo(FormatCode.WRONG_TYPE);
    assertThat(problems("{\"schemaVersion\": 1, \"isms\": {}}").head().code()).isEqualTo(ModelCode.REQUIRED);
    assertThat(problems("{\"schemaVersion\": 1, \"isms\": nul}").head().code()).isEqualTo(FormatCode.SYNTAX);
    assertThat(problems(MINIMAL + " {}").last().code()).isEqualTo(FormatCode.SYNTAX);
    assertThat(problems(MINIMAL.replace("10", "1" + "0".repeat(500))).head().code()).isEqualTo(FormatCode.LIMIT);
    assertThat(problems(IsmsFormat.yaml(), "a: [unclosed").last().code()).isEqualTo(FormatCode.SYNTAX);
    assertThat(problems(IsmsFormat.yaml(), "a: &x [1]\nb: *x\n")).isNotEmpty();
    byte[] bad = {(byte) 0xC3, (byte) 0x28};
    assertThat(JSON.read(new ByteArrayInputStream(bad)).isInvalid()).isTrue();
  }

  @Test
  void aFailingReader_isAnIoProblem() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    Seq<Problem> p = JSON.read(failing).getError();
    assertThat(p.map(Problem::code)).containsExactly(FormatCode.IO);
    assertThat(p.head().message()).contains("disk gone");
  }

  @Test
  void yamlScalars_readAsText_whereTextIsExpected() {
    Isms isms = IsmsFormat.yaml().read(new ByteArrayInputStream("""
        schemaVersion: 1
        isms:
          organization:
            name: 1234
            headcount: 3
        """.getBytes(StandardCharsets.UTF_8))).get();
    assertThat(isms.organization().name()).isEqualTo("1234");
  }
}
